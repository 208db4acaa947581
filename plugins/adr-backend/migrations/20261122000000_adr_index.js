// @ts-check

/**
 * The organisation-wide ADR index: one row per ADR, and per entity the
 * content hash of the ADR folder it was read from.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('adr_index_folders', table => {
    table.string('entity_ref', 400).primary();
    table.string('content_hash', 64).notNullable();
    table.text('failures').notNullable().defaultTo('[]');
    table.timestamp('refreshed_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('adr_index_records', table => {
    table.string('entity_ref', 400).notNullable();
    table.string('file', 255).notNullable();
    table.integer('number');
    table.text('title').notNullable();
    table.string('status', 20).notNullable();
    table.text('status_text').notNullable();
    table.string('date', 10);
    table.integer('superseded_by');
    table.text('supersedes').notNullable();
    table.text('decision_makers').notNullable();
    table.string('owner', 400);
    table.string('system', 400);
    table.string('domain', 400);
    table.primary(['entity_ref', 'file']);
    table.index(['status', 'date'], 'adr_index_records_status_date_idx');
    table.index(['owner'], 'adr_index_records_owner_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('adr_index_records');
  await knex.schema.dropTable('adr_index_folders');
};
