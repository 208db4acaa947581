// @ts-check

/**
 * How far each entity's latest scan found it behind its golden path (the
 * template-currency function): current, behind (minor) or major; null when
 * no golden path generated it. The /fitness page filters on it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('fitness_latest', table => {
    table.string('template_drift', 10).nullable().index();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('fitness_latest', table => {
    table.dropIndex(['template_drift']);
    table.dropColumn('template_drift');
  });
};
