"""newsletter/outfile.py: a file the user names is written whole or not at all, and never over a file unasked."""

from __future__ import annotations

import pytest

from newsletter.outfile import OutputFileError, writing


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path):
    """Two exports to one name at once: the second to finish is refused, the first one's file stays."""
    path = tmp_path / "out.csv"
    refused = pytest.raises(OutputFileError, match=r"out\.csv: already exists \(use --force to replace it\)")
    with refused, writing(path, what="the export") as fh:
        fh.write("second\n")
        path.write_text("first\n")
    assert path.read_text() == "first\n" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_error_midway_leaves_nothing(tmp_path):
    path = tmp_path / "out.csv"
    with pytest.raises(RuntimeError, match="database gone"), writing(path) as fh:
        fh.write("half\n")
        raise RuntimeError("database gone")
    assert list(tmp_path.iterdir()) == []


def test_force_replaces_and_a_folder_is_refused(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old\n")
    with writing(path, force=True) as fh:
        fh.write("new\r\n")  # newline="": the writer's line ends are kept
    assert path.read_bytes() == b"new\r\n" and [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with pytest.raises(OutputFileError, match="is a folder; name a file for the file"), writing(tmp_path, force=True):
        pass


def test_a_dangling_link_under_the_name_is_refused_unless_forced(tmp_path):
    path = tmp_path / "out.csv"
    path.symlink_to(tmp_path / "elsewhere.csv")
    with pytest.raises(OutputFileError, match="already exists"), writing(path):
        pass
    assert not (tmp_path / "elsewhere.csv").exists()
    with writing(path, force=True) as fh:  # replaces the link itself, not what it points to
        fh.write("x\n")
    assert not path.is_symlink() and path.read_text() == "x\n" and not (tmp_path / "elsewhere.csv").exists()
