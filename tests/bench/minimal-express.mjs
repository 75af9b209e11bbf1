// The framework's own ceiling for the bench: a bare Express 5 app (JSON body parser, one route)
// answering the bytes it is given. Prints its port, then serves until killed.
import express from 'express';

const bytes = process.env.BENCH_BYTES ?? '{}';
const app = express();
app.disable('x-powered-by');
app.disable('etag');
app.use(express.json());
app.post('/api/v1/keywords/metrics', (_req, res) => {
  res.type('application/json').send(bytes);
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`port ${server.address().port}\n`);
});
