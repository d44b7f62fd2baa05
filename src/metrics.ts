/**
 * Prometheus metrics, one registry per app instance (tests start several in one process). Labels
 * are actions and finding types only: nothing from a draft is ever a label value.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Decision } from './draft.js';

export interface QueueCounts {
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
}

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly decisions = new Counter({ name: 'replyguard_decisions_total', help: 'Decisions answered, by action', labelNames: ['action'], registers: [this.registry] });
  private readonly findings = new Counter({ name: 'replyguard_findings_total', help: 'Findings in answered decisions, by type', labelNames: ['type'], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'replyguard_decision_seconds',
    help: 'Time from request received to decision answered, by action',
    labelNames: ['action'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly rejected = new Counter({ name: 'replyguard_requests_rejected_total', help: 'Requests refused before deciding, by error code', labelNames: ['code'], registers: [this.registry] });
  /** Helpdesk webhook deliveries (src/http/webhooks.ts), by provider and outcome. */
  readonly webhookEvents = new Counter({
    name: 'replyguard_webhook_events_total',
    help: 'Helpdesk webhook deliveries, by provider and outcome (accepted, duplicate, ignored, unauthorized, malformed, unavailable, not_configured)',
    labelNames: ['provider', 'outcome'],
    registers: [this.registry],
  });

  constructor(queue: QueueCounts) {
    new Gauge({
      name: 'replyguard_queue_jobs',
      help: 'Jobs in the drafts queue, by state',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        try {
          const counts = await queue.getJobCounts(...QUEUE_STATES);
          for (const state of QUEUE_STATES) this.set({ state }, counts[state] ?? 0);
        } catch {
          // Redis down: /readyz says so; the gauge keeps its last values.
        }
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  observeDecision(decision: Decision, seconds: number): void {
    this.decisions.inc({ action: decision.action });
    this.latency.observe({ action: decision.action }, seconds);
    for (const f of decision.findings) this.findings.inc({ type: f.type });
  }
}
