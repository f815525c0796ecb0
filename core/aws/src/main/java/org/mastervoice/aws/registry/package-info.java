/**
 * The tenant registry on DynamoDB, single-table (DESIGN.md section 4): {@code PK=TENANT#<id>} holds a tenant's
 * items ({@code SK=TENANT}, {@code USER#<id>}, {@code EXT#<number>}, {@code DEVICE#<username>}); platform-wide
 * unique values (SIP domain, login) are marker items {@code PK=DOMAIN#<domain>} / {@code PK=LOGIN#<email>}
 * written with a condition, so two concurrent creates cannot both win (dynalite has no transactions), and
 * they double as strongly consistent look-ups. Every item carries {@code tenantId}.
 */
package org.mastervoice.aws.registry;
