'use strict';
// Nightly payment reconciliation, run off-peak (load shifting). Compares the day's captured
// payments with the orders ledger and logs each mismatch as one structured JSON line.
exports.reconcile = (payments, orders) => {
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  const mismatches = [];
  for (const p of payments) {
    const o = byId.get(p.orderId);
    if (!o) mismatches.push({ orderId: p.orderId, reason: 'payment without order' });
    else if (o.amountCents !== p.amountCents) mismatches.push({ orderId: p.orderId, reason: 'amount differs', order: o.amountCents, payment: p.amountCents });
  }
  return mismatches;
};

exports.handler = async (event) => {
  const payments = (event && event.payments) || [];
  const orders = (event && event.orders) || [];
  const mismatches = exports.reconcile(payments, orders);
  for (const m of mismatches) console.log(JSON.stringify({ level: 'warn', msg: 'reconciliation mismatch', service: 'reconciliation', ...m }));
  return { checked: payments.length, mismatches: mismatches.length };
};
