// @ts-check

/**
 * SLO evaluations: the latest one per SLO (for the board and the cards) and
 * every snapshot (for the budget charts), pruned by the retention setting.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_latest', table => {
    table.string('slo_ref', 400).primary();
    table.text('title').notNullable();
    table.string('component_ref', 400).notNullable();
    table.string('owner_ref', 400);
    table.string('system_ref', 400);
    table.string('status', 20).notNullable();
    table.double('budget_remaining');
    table.double('sli');
    table.double('target');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.timestamp('unreachable_since', { useTz: true });
    table.text('evaluation').notNullable();
    table.index(['component_ref'], 'slo_latest_component_idx');
    table.index(['owner_ref'], 'slo_latest_owner_idx');
    table.index(['system_ref'], 'slo_latest_system_idx');
    table.index(['budget_remaining'], 'slo_latest_budget_idx');
  });
  await knex.schema.createTable('slo_snapshots', table => {
    table.bigIncrements('id');
    table.string('slo_ref', 400).notNullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.string('status', 20).notNullable();
    table.double('budget_remaining');
    table.double('sli');
    table.index(['slo_ref', 'evaluated_at'], 'slo_snapshots_slo_time_idx');
    table.index(['evaluated_at'], 'slo_snapshots_time_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_snapshots');
  await knex.schema.dropTable('slo_latest');
};
