import pytest

from ${{ values.package }}.domain.events import ${{ values.aggregate }}Archived, ${{ values.aggregate }}Created, ${{ values.aggregate }}Renamed
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}Id, ${{ values.aggregate }}Status


def test_a_new_${{ values.aggregateLower }}_is_active_at_version_1_and_raises_created() -> None:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("  first  ")
    assert (${{ values.aggregateLower }}.name, ${{ values.aggregateLower }}.status, ${{ values.aggregateLower }}.version) == ("first", ${{ values.aggregate }}Status.ACTIVE, 1)
    assert ${{ values.aggregateLower }}.events == [${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=str(${{ values.aggregateLower }}.id), name="first")]


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_name_is_not_empty_and_at_most_120_characters(name: str) -> None:
    with pytest.raises(Invalid${{ values.aggregate }}):
        ${{ values.aggregate }}.create(name)


def test_renaming_moves_the_version_on_and_raises_renamed() -> None:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("first")
    ${{ values.aggregateLower }}.rename("second")
    assert (${{ values.aggregateLower }}.name, ${{ values.aggregateLower }}.version) == ("second", 2)
    assert ${{ values.aggregateLower }}.events[-1] == ${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id=str(${{ values.aggregateLower }}.id), name="second", version=2)


def test_renaming_to_the_same_name_changes_nothing() -> None:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("first")
    ${{ values.aggregateLower }}.rename(" first ")
    assert (${{ values.aggregateLower }}.version, len(${{ values.aggregateLower }}.events)) == (1, 1)


def test_archiving_is_a_one_way_transition() -> None:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("first")
    ${{ values.aggregateLower }}.archive()
    ${{ values.aggregateLower }}.archive()
    assert (${{ values.aggregateLower }}.status, ${{ values.aggregateLower }}.version) == (${{ values.aggregate }}Status.ARCHIVED, 2)
    assert ${{ values.aggregateLower }}.events[1:] == [${{ values.aggregate }}Archived(${{ values.aggregateLower }}_id=str(${{ values.aggregateLower }}.id), version=2)]
    with pytest.raises(${{ values.aggregate }}Conflict, match="archived"):
        ${{ values.aggregateLower }}.rename("second")


def test_a_change_made_on_an_older_version_is_refused() -> None:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("first")
    ${{ values.aggregateLower }}.rename("second")
    ${{ values.aggregateLower }}.expect_version(2)
    with pytest.raises(${{ values.aggregate }}Conflict, match="version 2, not 1"):
        ${{ values.aggregateLower }}.expect_version(1)


def test_an_id_round_trips_through_text_and_a_malformed_one_is_invalid() -> None:
    id_ = ${{ values.aggregate }}Id.new()
    assert ${{ values.aggregate }}Id.parse(str(id_)) == id_
    with pytest.raises(Invalid${{ values.aggregate }}):
        ${{ values.aggregate }}Id.parse("not-a-uuid")
