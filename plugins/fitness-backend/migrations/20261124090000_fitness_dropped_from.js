// @ts-check

/**
 * The level an entity held before its level dropped, kept until it is back at
 * that level (null when it has not dropped). The home page's "Needs
 * attention" lists these entities.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('fitness_latest', table => {
    table.string('dropped_from', 10).nullable().index();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('fitness_latest', table => {
    table.dropIndex(['dropped_from']);
    table.dropColumn('dropped_from');
  });
};
