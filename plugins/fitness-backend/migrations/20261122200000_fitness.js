// @ts-check

/**
 * Fitness: every scan of a changed tree (history), the latest result per
 * entity (list, roll-ups, cards), waivers, the queue of entities to scan
 * (scheduled and asked for) and the runs of the scanner (progress).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('fitness_scans', table => {
    table.bigIncrements('id');
    table.string('entity_ref', 400).notNullable();
    table.string('scan_key', 64).notNullable();
    table.string('content_hash', 64).notNullable();
    table.timestamp('scanned_at', { useTz: true }).notNullable();
    table.double('score');
    table.string('level', 10).notNullable();
    table.text('results').notNullable();
    table.text('warnings').notNullable();
    table.index(['entity_ref', 'scanned_at'], 'fitness_scans_entity_idx');
    table.index(['scanned_at'], 'fitness_scans_time_idx');
  });
  await knex.schema.createTable('fitness_latest', table => {
    table.string('entity_ref', 400).primary();
    table.text('title').notNullable();
    table.string('owner_ref', 400);
    table.string('system_ref', 400);
    table.string('domain_ref', 400);
    table.bigInteger('scan_id').notNullable();
    table.string('scan_key', 64).notNullable();
    table.string('content_hash', 64).notNullable();
    table.timestamp('scanned_at', { useTz: true }).notNullable();
    table.timestamp('checked_at', { useTz: true }).notNullable();
    table.double('score');
    table.double('previous_score');
    /** score, or -1 without one: sorts services without a score first. */
    table.double('sort_score').notNullable();
    table.string('level', 10).notNullable();
    table.integer('level_rank').notNullable();
    table.integer('failing').notNullable();
    table.text('categories').notNullable();
    table.text('results').notNullable();
    table.text('warnings').notNullable();
    table.index(['owner_ref'], 'fitness_latest_owner_idx');
    table.index(['system_ref'], 'fitness_latest_system_idx');
    table.index(['domain_ref'], 'fitness_latest_domain_idx');
    table.index(['level'], 'fitness_latest_level_idx');
    table.index(['sort_score'], 'fitness_latest_score_idx');
  });
  await knex.schema.createTable('fitness_waivers', table => {
    table.string('id', 36).primary();
    table.string('entity_ref', 400).notNullable();
    table.string('function_id', 100).notNullable();
    table.text('reason').notNullable();
    table.string('adr_ref', 400).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.string('state', 10).notNullable();
    table.string('source', 10).notNullable();
    table.string('created_by', 400).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('revoked_at', { useTz: true });
    table.string('revoked_by', 400);
    table.index(['entity_ref'], 'fitness_waivers_entity_idx');
  });
  await knex.schema.createTable('fitness_queue', table => {
    table.string('entity_ref', 400).primary();
    table.string('requested_by', 400).notNullable();
    table.timestamp('requested_at', { useTz: true }).notNullable();
    /** A rescan asked for by a person runs even when the tree is unchanged. */
    table.boolean('force').notNullable();
    table.timestamp('started_at', { useTz: true });
  });
  await knex.schema.createTable('fitness_runs', table => {
    table.bigIncrements('id');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true });
    table.integer('scanned').notNullable().defaultTo(0);
    table.integer('unchanged').notNullable().defaultTo(0);
    table.integer('failed').notNullable().defaultTo(0);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'fitness_runs',
    'fitness_queue',
    'fitness_waivers',
    'fitness_latest',
    'fitness_scans',
  ]) {
    await knex.schema.dropTable(table);
  }
};
