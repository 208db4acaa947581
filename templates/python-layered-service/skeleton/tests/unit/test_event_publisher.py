import json

from ${{ values.package }}.application.event_publisher import to_message
from ${{ values.package }}.domain.events import ${{ values.aggregate }}Created


def test_an_event_travels_as_its_type_and_json_fields() -> None:
    message = to_message(${{ values.aggregate }}Created(${{ values.aggregateLower }}_id="42", name="first"))
    assert message["type"] == "${{ values.aggregate }}Created"
    assert json.loads(message["data"]) == {"${{ values.aggregateLower }}_id": "42", "name": "first"}
