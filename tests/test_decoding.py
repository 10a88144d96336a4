"""Text is decoded in the encoding it was written in, and a guess is said to be one.

The order of evidence: a byte-order mark, an HTML page's own declaration, UTF-8, then
charset-normalizer's guess (reported). A page that is not what it declares is read
as undeclared.
"""

from __future__ import annotations

import pytest

from geomap.inputs import read_inputs

RUSSIAN = (
    "МОСКВА: Министерство иностранных дел России вызвало посла Пакистана во вторник, "
    "после того как ракетный удар поразил пограничный пост.\n"
)
FRENCH = (
    "PARIS: Le ministère des Affaires étrangères a convoqué l'ambassadeur mardi, après "
    "qu'une frappe a touché un poste frontière près de Panjgur.\n"
)


@pytest.mark.parametrize(
    ("name", "data", "text", "said"),
    [
        ("ru.txt", RUSSIAN.encode("cp1251"), RUSSIAN, "windows-1251"),
        ("fr.txt", FRENCH.encode("latin-1"), FRENCH, "windows-1252"),
        ("bom.txt", FRENCH.encode("utf-8-sig"), FRENCH, None),
        ("wide.txt", FRENCH.encode("utf-16"), FRENCH, None),
        ("wide32.md", RUSSIAN.encode("utf-32"), RUSSIAN, None),
    ],
    ids=["windows-1251", "latin-1", "UTF-8 BOM", "UTF-16 BOM", "UTF-32 BOM"],
)
def test_text_is_decoded_in_its_encoding(tmp_path, name, data, text, said):
    (tmp_path / name).write_bytes(data)
    warnings: list[str] = []
    [article] = read_inputs([tmp_path / name], on_warning=warnings.append).articles
    assert article.text == text
    if said is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and said in warnings[0] and "guess" in warnings[0]


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1251">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    ],
    ids=["meta charset", "http-equiv"],
)
def test_html_declared_charset_is_used(tmp_path, declaration):
    """A windows-1251 page read as UTF-8 was a run of U+FFFD; its <meta> says better."""
    body = "".join(f"<p>{RUSSIAN.strip()} Абзац {i}.</p>" for i in range(6))
    page = f"<html><head>{declaration}<title>Новости</title></head><body><article>{body}"
    (tmp_path / "page.html").write_bytes((page + "</article></body></html>").encode("cp1251"))
    warnings: list[str] = []
    [article] = read_inputs([tmp_path / "page.html"], on_warning=warnings.append).articles
    assert "Министерство иностранных дел" in article.text and "\ufffd" not in article.text
    assert warnings == []


def test_a_wrong_declaration_falls_back_to_a_reported_guess(tmp_path):
    """A page that says UTF-8 but is windows-1251 is not turned into U+FFFD."""
    body = "".join(f"<p>{RUSSIAN.strip()} Абзац {i}.</p>" for i in range(6))
    page = f'<html><head><meta charset="utf-8"></head><body><article>{body}</article></body>'
    (tmp_path / "page.html").write_bytes((page + "</html>").encode("cp1251"))
    warnings: list[str] = []
    [article] = read_inputs([tmp_path / "page.html"], on_warning=warnings.append).articles
    assert "Министерство иностранных дел" in article.text
    assert len(warnings) == 1 and "windows-1251" in warnings[0] and "guess" in warnings[0]
