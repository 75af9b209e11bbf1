// Preloaded into a companion process by the reliability tests (never by the product): moves its
// clock forward by AIGENC_TEST_CLOCK_SHIFT_MS, so caches written earlier are seen as old.
const shift = Number(process.env.AIGENC_TEST_CLOCK_SHIFT_MS || 0);
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + shift;
