"""The event worker: consumes the service's events from its durable RabbitMQ
queue, reconnecting after the broker comes back; messages it had not acknowledged
are delivered again, and the inbox makes that harmless."""

import asyncio

import amqp
import structlog
from sqlalchemy.exc import SQLAlchemyError

from ${{ values.package }}.infrastructure.inbox import Inbox
from ${{ values.package }}.infrastructure.rabbitmq import RabbitMqConsumer, from_message
from ${{ values.package }}.infrastructure.settings import Settings
from ${{ values.package }}.presentation.event_consumer import handle, heartbeat, run_worker

log = structlog.get_logger()


async def consume(settings: Settings, inbox: Inbox, stop: asyncio.Event) -> None:
    consumer = RabbitMqConsumer(settings.amqp_url, settings.event_exchange, settings.event_queue)
    log.info("worker_started", queue=settings.event_queue)
    pause = 0.5
    while not stop.is_set():
        heartbeat(settings)
        try:
            await asyncio.to_thread(consumer.connect)
            pause = 0.5
            while not stop.is_set():
                heartbeat(settings)
                for message in await asyncio.to_thread(consumer.next_messages, 1.0):
                    try:
                        event = from_message(message)
                    except (KeyError, ValueError) as error:
                        # Not an event of ours: logged whole, then acknowledged,
                        # so it cannot stop the events behind it.
                        log.error(
                            "event_unreadable",
                            properties=message.properties,
                            body=message.body,
                            reason=repr(error),
                        )
                    else:
                        redelivered = bool(message.delivery_info.get("redelivered"))
                        await handle(inbox, event, redelivered=redelivered)
                    await asyncio.to_thread(consumer.ack, message)
        except (amqp.exceptions.AMQPError, OSError, SQLAlchemyError) as error:
            log.warning("unavailable", reason=repr(error), retry_in_s=pause)
            await asyncio.sleep(pause)
            pause = min(pause * 2, 10)
        finally:
            consumer.close()


def main() -> None:
    run_worker(consume)
