import asyncio

from platform_messaging.events import Envelope, Publisher


class Recording(Publisher):
    def __init__(self) -> None:
        self.sent: list[Envelope] = []

    async def publish(self, envelope: Envelope) -> None:
        self.sent.append(envelope)


def test_an_envelope_survives_the_wire() -> None:
    envelope = Envelope("UserRegistered", {"user_id": "42"})
    assert Envelope.from_json(envelope.to_json()) == envelope


def test_a_publisher_receives_envelopes() -> None:
    publisher = Recording()
    asyncio.run(publisher.publish(Envelope("JobQueued", {})))
    assert [e.type for e in publisher.sent] == ["JobQueued"]
