"""An attached file travels in the session file, sealed, and arrives whole in the master."""

from __future__ import annotations

from fieldkit.exchange import merge_files
from fieldkit.interview.session import InterviewSession
from fieldkit.protocol.loader import protocol_from_data
from fieldkit.store import attachments

from .conftest import files_under, find_markers

PHOTO = {
    "id": "att", "version": "1", "title": "T", "cover": "c", "research_aim": "a",
    "sections": [{"id": "s", "title": "S", "items": [
        {"id": "photo", "type": "attachment", "label": "Photo", "media_kind": "image"}]}],
}


def test_an_attachment_is_sealed_in_the_session_file_and_merged_whole(field_setup, tmp_path):
    f = field_setup
    protocol = protocol_from_data(PHOTO, file="att.yaml", base_dir=tmp_path)
    marker = "PLAINTEXT-attached-file-body"
    picture = tmp_path / "plan.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + marker.encode() * 20)
    laptop = f.laptop("A")
    s = InterviewSession.start(laptop, protocol, interviewer="A")
    s.answer("photo", str(picture))
    s.finish(force=True)  # sealed to the lead
    picture.unlink()  # only the store and the session file hold it now
    session_file = f.export("A", "A1.fksession")
    master = f.master()
    report = merge_files(master, [session_file], accept_new_signer=True)
    assert [r.status for r in report.files] == ["merged"]
    value = next(e.value for e in master.events(s.interview_id) if e.item_id == "photo")
    assert attachments.checked(value, "image")["file"] == "plan.png"
    assert attachments.content(value) == b"\x89PNG\r\n\x1a\n" + marker.encode() * 20
    readable = [marker, value["data"][40:80]]  # the bytes, or their base64, in the clear
    assert find_markers(readable, files_under(f.root)) == []
