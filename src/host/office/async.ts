/**
 * The one wrapper for Office's callback APIs. Nothing else calls
 * `*Async(…, callback)` directly: a callback that throws inside Office is lost
 * (the yo-office template has that bug), while a rejected promise is not.
 */

/** An Office error as the add-in sees it: Outlook's code, name and message. */
export class OfficeCallError extends Error {
  constructor(
    readonly call: string,
    readonly code: number,
    readonly officeName: string,
    message: string,
  ) {
    super(`${call}: ${officeName} (${code}) ${message}`);
    this.name = 'OfficeCallError';
  }
}

/**
 * Run an Office `*Async` method and settle with its value. `invoke` receives
 * the callback to pass on; `call` names the method in errors.
 */
export function officeCall<T>(
  call: string,
  invoke: (callback: (r: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
        } else {
          const e = result.error;
          reject(new OfficeCallError(call, e?.code ?? 0, e?.name ?? 'Error', e?.message ?? ''));
        }
      });
    } catch (e) {
      reject(e);
    }
  });
}

/** Resolve with the value, or with `fallback` when Office says no (optional data). */
export async function officeCallOr<T>(
  call: string,
  invoke: (callback: (r: Office.AsyncResult<T>) => void) => void,
  fallback: T,
): Promise<T> {
  try {
    return await officeCall(call, invoke);
  } catch {
    return fallback;
  }
}
