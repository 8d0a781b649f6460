// The contract checker is shared with the server's tests: one copy, in the conformance suite.
export { assertConforms } from '@hcc/conformance';
