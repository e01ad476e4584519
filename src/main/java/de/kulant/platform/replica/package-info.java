/**
 * Reading page views from a streaming standby of the primary: routing of read-only transactions, the standby's lag
 * and health, and the rule which requests may read from it.
 */
package de.kulant.platform.replica;
