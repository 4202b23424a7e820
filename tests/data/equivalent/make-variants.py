#!/usr/bin/env python3
"""Writes the equivalence fixtures: the sample office in four input forms.

Reads samples/lampihong (instansi.xml, pegawai.csv, skp-YYYY-MM.csv, perilaku-YYYY-MM.csv,
sop/, ttd/) and writes, next to this script, one complete data folder per variant:

  csv-comma-utf8/             comma delimiter, UTF-8 without BOM, LF, decimal dots
  csv-semicolon-cp1252-crlf/  the sample's CSV files byte for byte (Excel, Indonesian locale)
  csv-semicolon-utf8bom-crlf/ the same text as UTF-8 with BOM, CRLF, semicolons
  xml/                        pegawai.xml and skp-YYYY-MM.xml (SKP and perilaku together)

All four hold the same values (DESIGN section 4), so `kinerja run` must give byte-identical
PDFs for each. The sample is checked first and every variant is read back and compared with
it; the script stops with a message and writes nothing when the sample is inconsistent.

Usage: python3 tests/data/equivalent/make-variants.py   (stdlib only; re-run after editing
the sample)
"""

import csv
import datetime
import io
import pathlib
import re
import shutil
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
SAMPLE = REPO / "samples" / "lampihong"

PEGAWAI_COLUMNS = ["nip", "nama", "gelar_depan", "gelar_belakang", "golongan", "tmt_golongan",
                   "jabatan", "jenis_jabatan", "unit_kerja", "nip_atasan"]
SKP_COLUMNS = ["nip", "jenis", "uraian", "ak", "satuan", "target_kuantitas", "target_kualitas",
               "target_waktu", "target_biaya", "realisasi_kuantitas", "realisasi_kualitas",
               "realisasi_waktu", "realisasi_biaya", "nilai"]
PERILAKU_COLUMNS = ["nip", "orientasi_pelayanan", "integritas", "komitmen", "disiplin",
                    "kerja_sama", "kepemimpinan"]
CAPAIAN_FIELDS = ["kuantitas", "kualitas", "waktu", "biaya"]
NUMERIC_COLUMNS = set(SKP_COLUMNS[3:4] + SKP_COLUMNS[5:] + PERILAKU_COLUMNS[1:])
BIAYA_COLUMNS = {"target_biaya", "realisasi_biaya"}
VARIANTS = ["csv-comma-utf8", "csv-semicolon-cp1252-crlf", "csv-semicolon-utf8bom-crlf", "xml"]


class SampleError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Reading

def decode(data):
    """UTF-8 (BOM stripped) when valid, else Windows-1252, as the program does."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read_csv(path, columns):
    """Returns a list of dicts (column -> text, stripped), empty lines skipped."""
    text = decode(path.read_bytes())
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = [name.strip().lower() for name in rows[0]]
    missing = [c for c in columns if c not in header]
    if missing:
        raise SampleError(f"{path.name}: kolom tidak ada: {', '.join(missing)}")
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or all(not field.strip() for field in row):
            continue
        if len(row) != len(header):
            raise SampleError(f"{path.name}:{number}: {len(row)} kolom, header {len(header)}")
        records.append({name: field.strip() for name, field in zip(header, row)})
    return records


def nip_digits(text):
    return re.sub(r"[ .]", "", text)


def number_value(column, text):
    """Canonical form of a numeric cell: '87,5' and '87.5' -> '87.5'; biaya '170.395.000' ->
    '170395000'."""
    if column in BIAYA_COLUMNS and re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        return text.replace(".", "")
    return text.replace(",", ".")


# ---------------------------------------------------------------------------------------------
# Checking the sample

def check_nip(text, where):
    digits = nip_digits(text)
    if not re.fullmatch(r"\d{18}", digits):
        raise SampleError(f"{where}: NIP {text!r} bukan 18 angka")
    try:
        birth = datetime.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise SampleError(f"{where}: NIP {text!r}: tanggal lahir tidak ada") from None
    tmt_year, tmt_month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= tmt_month <= 12:
        raise SampleError(f"{where}: NIP {text!r}: bulan TMT CPNS salah")
    age = tmt_year - birth.year - (1 if tmt_month < birth.month else 0)
    if not 20 <= age <= 35:
        raise SampleError(f"{where}: NIP {text!r}: umur {age} saat TMT CPNS, harus 20-35")
    if digits[14] not in "12":
        raise SampleError(f"{where}: NIP {text!r}: digit jenis kelamin harus 1 atau 2")
    if not 1 <= int(digits[15:18]) <= 10:
        raise SampleError(f"{where}: NIP {text!r}: nomor urut harus 001-010")
    return digits


def check_sample(pegawai, skp, perilaku):
    by_nip = {}
    for i, p in enumerate(pegawai, start=2):
        digits = check_nip(p["nip"], f"pegawai.csv baris data {i}")
        if digits in by_nip:
            raise SampleError(f"pegawai.csv: NIP {p['nip']} ganda")
        if p["jenis_jabatan"] not in ("struktural", "fungsional", "pelaksana"):
            raise SampleError(f"pegawai.csv: {p['nip']}: jenis_jabatan {p['jenis_jabatan']!r}")
        if p["tmt_golongan"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", p["tmt_golongan"]):
            raise SampleError(f"pegawai.csv: {p['nip']}: tmt_golongan {p['tmt_golongan']!r}")
        by_nip[digits] = p
    heads = [p for p in pegawai if not p["nip_atasan"]]
    if len(heads) != 1:
        raise SampleError("pegawai.csv: harus tepat satu pegawai tanpa nip_atasan (pimpinan)")
    for p in pegawai:
        if p["nip_atasan"] and nip_digits(p["nip_atasan"]) not in by_nip:
            raise SampleError(f"pegawai.csv: {p['nip']}: nip_atasan {p['nip_atasan']} tidak ada")

    tugas_count = {d: 0 for d in by_nip}
    for row in skp:
        digits = nip_digits(row["nip"])
        if digits not in by_nip:
            raise SampleError(f"skp: NIP {row['nip']} tidak ada di pegawai.csv")
        if row["jenis"] not in ("", "tugas", "tambahan", "kreativitas"):
            raise SampleError(f"skp: {row['nip']}: jenis {row['jenis']!r}")
        if row["jenis"] in ("", "tugas"):
            tugas_count[digits] += 1
    for digits, count in tugas_count.items():
        if count == 0:
            raise SampleError(f"skp: {digits} tidak punya baris tugas")

    seen = set()
    for row in perilaku:
        digits = nip_digits(row["nip"])
        if digits not in by_nip or digits in seen:
            raise SampleError(f"perilaku: NIP {row['nip']} tidak ada di pegawai.csv atau ganda")
        seen.add(digits)
        struktural = by_nip[digits]["jenis_jabatan"] == "struktural"
        if struktural != bool(row["kepemimpinan"]):
            raise SampleError(f"perilaku: {row['nip']}: kepemimpinan diisi hanya untuk struktural")
    if seen != set(by_nip):
        raise SampleError("perilaku: tidak semua pegawai punya baris perilaku")


# ---------------------------------------------------------------------------------------------
# Writing

def write_csv(path, columns, records, delimiter, newline, encoding, bom=False):
    """RFC 4180: a field holding the delimiter, a quote or a line break is quoted."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator=newline)
    writer.writerow(columns)
    for record in records:
        writer.writerow([record[c] for c in columns])
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def with_dot_decimals(records):
    return [{c: (v.replace(",", ".") if c in NUMERIC_COLUMNS else v) for c, v in r.items()}
            for r in records]


def attr(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;").replace("\t", "&#9;").replace("\n", "&#10;")
    return text.replace("\r", "&#13;")


def element(name, attributes, indent):
    parts = " ".join(f'{key}="{attr(value)}"' for key, value in attributes)
    return f"{'  ' * indent}<{name} {parts}/>"


def write_pegawai_xml(path, pegawai):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<daftar-pegawai>"]
    for p in pegawai:
        lines.append(element("pegawai", [(c.replace("_", "-"), p[c]) for c in PEGAWAI_COLUMNS], 1))
    lines.append("</daftar-pegawai>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def write_skp_xml(path, periode, skp, perilaku):
    groups = {}  # NIP digits -> {"nip": as first written, "items": [...], "perilaku": row}
    for row in skp:
        group = groups.setdefault(nip_digits(row["nip"]),
                                  {"nip": row["nip"], "items": [], "perilaku": None})
        group["items"].append(row)
    for row in perilaku:
        group = groups.setdefault(nip_digits(row["nip"]),
                                  {"nip": row["nip"], "items": [], "perilaku": None})
        group["perilaku"] = row

    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<skp periode="{attr(periode)}">']
    for group in groups.values():
        lines.append(f'  <pegawai nip="{attr(group["nip"])}">')
        for row in group["items"]:
            jenis = row["jenis"] or "tugas"
            if jenis == "tambahan":
                lines.append(element("tambahan", [("uraian", row["uraian"])], 2))
            elif jenis == "kreativitas":
                nilai = number_value("nilai", row["nilai"])
                lines.append(element("kreativitas", [("uraian", row["uraian"]),
                                                     ("nilai", nilai)], 2))
            else:
                head = " ".join(f'{k}="{attr(v)}"' for k, v in [
                    ("uraian", row["uraian"]), ("ak", number_value("ak", row["ak"])),
                    ("satuan", row["satuan"])])
                lines.append(f"    <tugas {head}>")
                for side in ("target", "realisasi"):
                    values = [(f, number_value(f"{side}_{f}", row[f"{side}_{f}"]))
                              for f in CAPAIAN_FIELDS]
                    lines.append(element(side, values, 3))
                lines.append("    </tugas>")
        if group["perilaku"] is not None:
            row = group["perilaku"]
            attributes = [(c.replace("_", "-"), number_value(c, row[c]))
                          for c in PERILAKU_COLUMNS[1:] if row[c] or c != "kepemimpinan"]
            lines.append(element("perilaku", attributes, 2))
        lines.append("  </pegawai>")
    lines.append("</skp>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------------------------
# Reading a variant back, for the comparison

def canonical(records, columns):
    out = []
    for r in records:
        row = {}
        for c in columns:
            value = r.get(c, "")
            if c in ("nip", "nip_atasan"):
                value = nip_digits(value)
            elif c in NUMERIC_COLUMNS:
                value = number_value(c, value)
            elif c == "jenis":
                value = value or "tugas"
            row[c] = value
        out.append(row)
    return out


def read_xml_variant(folder, skp_name):
    pegawai = [{c: e.get(c.replace("_", "-"), "") for c in PEGAWAI_COLUMNS}
               for e in ET.parse(folder / "pegawai.xml").getroot().iter("pegawai")]
    skp, perilaku = [], []
    for p in ET.parse(folder / skp_name).getroot().findall("pegawai"):
        nip = p.get("nip", "")
        for e in p:
            row = {c: "" for c in SKP_COLUMNS}
            row.update(nip=nip, jenis=e.tag, uraian=e.get("uraian", ""))
            if e.tag == "tugas":
                row.update(ak=e.get("ak", ""), satuan=e.get("satuan", ""))
                for side in ("target", "realisasi"):
                    child = e.find(side)
                    for f in CAPAIAN_FIELDS:
                        row[f"{side}_{f}"] = child.get(f, "")
            elif e.tag == "kreativitas":
                row["nilai"] = e.get("nilai", "")
            if e.tag == "perilaku":
                perilaku.append({"nip": nip, **{c: e.get(c.replace("_", "-"), "")
                                                for c in PERILAKU_COLUMNS[1:]}})
            else:
                skp.append(row)
    return pegawai, skp, perilaku


def grouped_by_nip(rows):
    """Stable: keeps each employee's rows in order."""
    return sorted(rows, key=lambda r: r["nip"])


def main():
    skp_files = sorted(SAMPLE.glob("skp-*.csv"))
    if len(skp_files) != 1:
        raise SampleError("contoh harus punya tepat satu skp-YYYY-MM.csv")
    skp_path = skp_files[0]
    periode = re.fullmatch(r"skp-(\d{4}-\d{2})\.csv", skp_path.name).group(1)
    perilaku_path = SAMPLE / f"perilaku-{periode}.csv"
    pegawai_path = SAMPLE / "pegawai.csv"
    csv_files = [pegawai_path, skp_path, perilaku_path]

    pegawai = read_csv(pegawai_path, PEGAWAI_COLUMNS)
    skp = read_csv(skp_path, SKP_COLUMNS)
    perilaku = read_csv(perilaku_path, PERILAKU_COLUMNS)
    check_sample(pegawai, skp, perilaku)
    tables = [(pegawai, PEGAWAI_COLUMNS), (skp, SKP_COLUMNS), (perilaku, PERILAKU_COLUMNS)]

    for variant in VARIANTS:
        folder = HERE / variant
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        shutil.copyfile(SAMPLE / "instansi.xml", folder / "instansi.xml")
        shutil.copytree(SAMPLE / "sop", folder / "sop")
        shutil.copytree(SAMPLE / "ttd", folder / "ttd")  # the scans instansi.xml asks to print

    comma = HERE / "csv-comma-utf8"
    for path, (records, columns) in zip(csv_files, tables):
        write_csv(comma / path.name, columns, with_dot_decimals(records), ",", "\n", "utf-8")
        shutil.copyfile(path, HERE / "csv-semicolon-cp1252-crlf" / path.name)
        # Same text, other encoding: Excel's quoting and CRLF stay as they are.
        text = decode(path.read_bytes())
        (HERE / "csv-semicolon-utf8bom-crlf" / path.name).write_bytes(
            b"\xef\xbb\xbf" + text.encode("utf-8"))

    xml_folder = HERE / "xml"
    write_pegawai_xml(xml_folder / "pegawai.xml", pegawai)
    write_skp_xml(xml_folder / f"skp-{periode}.xml", periode, skp, perilaku)

    # Read every variant back and compare with the sample.
    expected = [canonical(records, columns) for records, columns in tables]
    for variant in VARIANTS[:3]:
        got = [canonical(read_csv(HERE / variant / path.name, columns), columns)
               for path, (_, columns) in zip(csv_files, tables)]
        if got != expected:
            raise SampleError(f"{variant}: isi berbeda dengan contoh")
    x_pegawai, x_skp, x_perilaku = read_xml_variant(xml_folder, f"skp-{periode}.xml")
    if canonical(x_pegawai, PEGAWAI_COLUMNS) != expected[0]:
        raise SampleError("xml: pegawai berbeda dengan contoh")
    # XML groups the SKP rows by employee; the order within each employee is kept.
    if grouped_by_nip(canonical(x_skp, SKP_COLUMNS)) != grouped_by_nip(expected[1]):
        raise SampleError("xml: skp berbeda dengan contoh")
    if grouped_by_nip(canonical(x_perilaku, PERILAKU_COLUMNS)) != grouped_by_nip(expected[2]):
        raise SampleError("xml: perilaku berbeda dengan contoh")
    print(f"{len(VARIANTS)} varian ditulis di {HERE}: {len(pegawai)} pegawai, "
          f"{len(skp)} baris SKP")


if __name__ == "__main__":
    try:
        main()
    except SampleError as error:
        print(f"make-variants: {error}", file=sys.stderr)
        sys.exit(1)
