"""Hostile ontology files are refused by the XML parser itself, quickly, with one line naming the file.

Each case is run through the real command line in a subprocess with a time bound, because the failure these
guard against is a hang (an entity-expansion bomb) or a silent success (an external entity dropped).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from udt.errors import OntologyError
from udt.taxonomy import load_taxonomy

BODY = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:owl="http://www.w3.org/2002/07/owl#">
 <owl:Class rdf:about="https://w3id.org/udt/UDT_0000001"><rdfs:label>&payload;</rdfs:label></owl:Class>
</rdf:RDF>
"""

_LAUGHS = "\n".join(
    ['<!ENTITY a0 "lollollollollollollollollollol">'] + [f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 12)]
)

HOSTILE = {
    # A DOCTYPE inside a comment first: a regex that takes the first "<!DOCTYPE" sees an empty, harmless one.
    "decoy_comment_bomb": (
        '<?xml version="1.0"?>\n<!-- <!DOCTYPE x> -->\n<!DOCTYPE rdf:RDF [\n'
        + _LAUGHS
        + '\n<!ENTITY payload "&a11;">\n]>\n'
        + BODY,
        "nested",
    ),
    # "]>" inside an entity value: a regex that ends the internal subset there misses the declarations after it.
    "bracket_in_entity_value": (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY decoy "]>">\n'
        + _LAUGHS
        + '\n<!ENTITY payload "&a11;">\n]>\n'
        + BODY,
        "nested",
    ),
    "external_system_entity": (
        '<?xml version="1.0"?>\n<!-- <!DOCTYPE x> -->\n<!DOCTYPE rdf:RDF [\n<!ENTITY payload SYSTEM "file:///etc/hostname">\n]>\n'
        + BODY,
        "external",
    ),
    "parameter_entity": (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY % p "<!ENTITY payload \'x\'>">\n%p;\n]>\n' + BODY,
        "parameter entity",
    ),
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.owl"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_ontology_check_refuses_hostile_file_in_one_line(tmp_path, name):
    text, why = HOSTILE[name]
    path = _write(tmp_path, name, text)
    result = run_cli("ontology", "check", str(path), timeout=20)
    assert result.code == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and why in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_load_taxonomy_refuses_hostile_file(tmp_path, name):
    text, why = HOSTILE[name]
    path = _write(tmp_path, name, text)
    with pytest.raises(OntologyError, match=why) as info:
        load_taxonomy(path)
    assert str(path) in info.value.one_line()


def test_load_taxonomy_refuses_bomb_within_time_bound(tmp_path):
    """load_taxonomy in a fresh process: the bomb must be refused, not expanded, well inside 20 s."""
    path = _write(tmp_path, "bomb", HOSTILE["decoy_comment_bomb"][0])
    import subprocess
    import sys

    code = (
        "import sys, udt\n"
        "from udt.errors import OntologyError\n"
        "try:\n    udt.load_taxonomy(sys.argv[1])\n"
        "except OntologyError as exc:\n    print(exc.one_line()); sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=20)
    assert done.returncode == 1 and "nested" in done.stdout, done.stderr


def test_turtle_is_named_as_turtle_with_a_way_to_convert(tmp_path):
    path = tmp_path / "udt.ttl"
    path.write_text("# my ontology\n@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<x> a owl:Class .\n")
    result = run_cli("ontology", "check", str(path), timeout=60)
    assert result.code == 1
    line = result.stderr.strip()
    assert "\n" not in line
    assert "Turtle" in line and "RDF/XML" in line and "robot convert" in line
    assert "git checkout" not in line


def test_plain_namespace_entities_still_load(tmp_path):
    from udt.owl.read import parse_graph

    text = '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY payload "liver ]> kidney">\n]>\n' + BODY
    graph = parse_graph(_write(tmp_path, "plain", text))
    assert "liver ]> kidney" in {str(o) for o in graph.objects()}
