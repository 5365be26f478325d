"""The courier manifest on paper (instore_app.labels.manifest) and its kept copies
(instore_app.handover.archive): what it shows, on A4 and on label stock, escaped; the PDFs'
names and their 7 days."""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

from instore_app.handover import LeftParcel, Manifest, ManifestParcel, OmsStatus
from instore_app.handover.archive import ManifestArchive
from instore_app.labels import LabelPrintSettings, make_printer
from instore_app.labels.manifest import manifest_html, manifest_pdf, print_manifest

from .test_labels import open_pdf

AT = datetime(2026, 12, 2, 9, 30, tzinfo=timezone.utc)


def manifest(**changes: object) -> Manifest:
    values: dict[str, object] = dict(
        handover_id=12, carrier_id=731, carrier_name="Aras Kargo", stock_location_id=1, store_name="Kadıköy Mağaza",
        station="Tezgah 1", packer="Ayşe Yılmaz", started_at=AT, finished_at=AT,
        parcels=(
            ManifestParcel(1, "2324369747000181P1", "604164331213", 2),
            ManifestParcel(2, "2301195203146132P1", "802545041034", 1),
            ManifestParcel(3, "2371334613196554P1", "206515132959", 3, OmsStatus.WAITING),
            ManifestParcel(4, "2386787367811059P1", None, 1, OmsStatus.PROBLEM, "cancelled"),
        ),
        left=(LeftParcel(5, "2231513745548956P1", None, 2),),
    )
    values.update(changes)
    return Manifest(**values)  # type: ignore[arg-type]


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    document, _buffer = open_pdf(path)
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_the_a4_manifest_shows_everything_the_driver_signs_for(tmp_path, qapp):
    path = manifest_pdf(manifest(), tmp_path / "kept" / "m.pdf")  # its folder is made
    document, _buffer = open_pdf(path)
    size = document.pagePointSize(0)
    assert (document.pageCount(), round(size.width()), round(size.height())) == (1, 595, 842)
    text = text_of(path)
    for words in ("Courier manifest — Aras Kargo", "Kadıköy Mağaza", "Tezgah 1", "Ayşe Yılmaz",
                  AT.astimezone().strftime("%d.%m.%Y %H:%M"), "Handed over (4)", "Total: 4 parcels, 7 items",
                  "Packed, not handed over (1)", "2231513745548956P1", "Signature", "Courier (name)",
                  "not in the OMS yet", "check it in the OMS"):
        assert words in text, words
    for parcel in manifest().parcels:
        assert parcel.package_number in text
        assert parcel.tracking_number is None or parcel.tracking_number in text


def test_each_parcel_has_its_code128_and_oms_text_is_escaped(qapp):
    hostile = manifest(carrier_name="<b>Kargo</b> & co", store_name="<script>x</script>")
    html = manifest_html(hostile)
    assert html.count("data:image/png;base64,") == len(hostile.parcels)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Kargo&lt;/b&gt; &amp; co" in html


def test_on_label_stock_the_parcels_are_one_under_another(tmp_path, qapp):
    path = tmp_path / "label.pdf"
    print_manifest(manifest(), make_printer(LabelPrintSettings(width_mm=100, height_mm=150), path))
    document, _buffer = open_pdf(path)
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (283, 425)  # 100 x 150 mm
    text = text_of(path)
    assert "Total: 4 parcels" in text and "2386787367811059P1" in text
    assert "<table" not in manifest_html(manifest(), narrow=True).split("Handed over")[1].split("Total")[0]


def test_a_long_manifest_goes_over_pages_and_none_is_shrunk(tmp_path, qapp):
    parcels = tuple(ManifestParcel(i, f"23000000000{i:05d}P1", f"6000000{i:05d}", 1) for i in range(60))
    path = manifest_pdf(manifest(parcels=parcels, left=()), tmp_path / "long.pdf")
    document, _buffer = open_pdf(path)
    assert document.pageCount() > 1
    text = text_of(path)
    assert "Total: 60 parcels" in text and "None: every packed parcel" in text
    assert all(p.package_number in text for p in parcels)


def test_kept_pdfs_are_named_for_the_handover_and_go_after_seven_days(tmp_path):
    archive = ManifestArchive(tmp_path / "manifests")
    assert archive.kept() == [] and archive.prune() == 0  # no folder yet: nothing to do
    name = archive.path_for(manifest(carrier_name="Yurtiçi Kargo")).name
    local = AT.astimezone()
    assert name == f"manifest-12-{local:%Y%m%d-%H%M}-yurtici-kargo.pdf"
    archive.folder.mkdir()
    old, new = archive.folder / "manifest-1-a.pdf", archive.folder / "manifest-2-b.pdf"
    old.write_bytes(b"%PDF-old")
    new.write_bytes(b"%PDF-new")
    eight_days = time.time() - 8 * 86400
    os.utime(old, (eight_days, eight_days))
    assert archive.kept() == [new, old]
    assert archive.prune() == 1 and archive.kept() == [new]
