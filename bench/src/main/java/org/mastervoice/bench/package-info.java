/** JMH benchmarks; run with bench/jmh.sh, never in the CI gate. Figures go to BENCHMARKS.md. */
package org.mastervoice.bench;
