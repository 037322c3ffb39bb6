// The error a promise rejects with, for tests that inspect it; a promise that
// resolves fails the test.
export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
