// @ts-check

/**
 * The board pages through SLOs by budget remaining (no data last). An
 * ordering column and covering indexes let the database read one page
 * instead of sorting every row with its evaluation.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('slo_latest', table => {
    table.double('board_order').notNullable().defaultTo(Number.MAX_VALUE);
    table.text('message');
  });
  await knex('slo_latest')
    .whereNotNull('budget_remaining')
    .update({ board_order: knex.ref('budget_remaining') });
  await knex.schema.alterTable('slo_latest', table => {
    table.dropIndex(['budget_remaining'], 'slo_latest_budget_idx');
    table.index(['board_order', 'slo_ref'], 'slo_latest_board_idx');
    table.index(
      ['owner_ref', 'board_order', 'slo_ref'],
      'slo_latest_owner_board_idx',
    );
    table.index(
      ['system_ref', 'board_order', 'slo_ref'],
      'slo_latest_system_board_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('slo_latest', table => {
    table.dropIndex([], 'slo_latest_system_board_idx');
    table.dropIndex([], 'slo_latest_owner_board_idx');
    table.dropIndex([], 'slo_latest_board_idx');
    table.index(['budget_remaining'], 'slo_latest_budget_idx');
    table.dropColumn('message');
    table.dropColumn('board_order');
  });
};
