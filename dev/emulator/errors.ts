/**
 * Errors as Outlook reports them. Two kinds, as in Office.js itself:
 *
 * - Failures come back in the callback: `asyncResult.status` is `failed` and
 *   `asyncResult.error` holds `{ code, name, message }`. The 9000-range codes,
 *   names and messages are the ones outlook's office.js registers (its
 *   getErrorArgs table); 1000–5999 are the Office Common API codes.
 * - Bad arguments never reach the host: Office.js throws at once, with the
 *   Microsoft Ajax names (`Sys.ArgumentException`, ...), and no callback runs.
 */

export interface OfficeErrorShape {
  readonly code: number;
  readonly name: string;
  readonly message: string;
}

const TABLE: readonly OfficeErrorShape[] = [
  {
    code: 1000,
    name: 'Invalid Coercion Type',
    message: 'The specified coercion type is not supported',
  },
  {
    code: 2006,
    name: 'InvalidFormatError',
    message: 'The format of the specified data object is not valid.',
  },
  {
    code: 5003,
    name: 'Event Registration Error',
    message: 'The specified event type is not supported by the current object.',
  },
  {
    code: 9000,
    name: 'AttachmentSizeExceeded',
    message: 'The attachment cannot be added because it is too big.',
  },
  {
    code: 9001,
    name: 'NumberOfAttachmentsExceeded',
    message:
      'Attachments cannot be added because the message already has the maximum number of attachments',
  },
  { code: 9002, name: 'InternalFormatError', message: 'There was an internal format error.' },
  { code: 9003, name: 'InvalidAttachmentId', message: 'The attachment ID was invalid.' },
  { code: 9004, name: 'InvalidAttachmentPath', message: 'The attachment path was invalid.' },
  {
    code: 9005,
    name: 'CannotAddAttachmentBeforeUpgrade',
    message:
      'Attachments cannot be added while the full reply or forward is being retrieved from the server.',
  },
  {
    code: 9006,
    name: 'AttachmentDeletedBeforeUploadCompletes',
    message: 'The user removed the attachment before upload has completed.',
  },
  {
    code: 9007,
    name: 'AttachmentUploadGeneralFailure',
    message: 'The attachment cannot be added to the item.',
  },
  {
    code: 9008,
    name: 'AttachmentToDeleteDoesNotExist',
    message:
      'The attachment cannot be deleted because attachment with the attachment index cannot be found.',
  },
  {
    code: 9009,
    name: 'AttachmentDeleteGeneralFailure',
    message: 'The attachment cannot be deleted from the item.',
  },
  { code: 9010, name: 'InvalidEndTime', message: 'The end time cannot be before the start time.' },
  { code: 9011, name: 'HtmlSanitizationFailure', message: 'The HTML santization has failed.' },
  {
    code: 9012,
    name: 'NumberOfRecipientsExceeded',
    message: "The total number of recipients in the field can't exceed 500.",
  },
  { code: 9013, name: 'NoValidRecipientsProvided', message: 'No valid recipients were provided.' },
  {
    code: 9014,
    name: 'CursorPositionChanged',
    message: 'The user changed the position of the cursor while the data was being inserted.',
  },
  { code: 9016, name: 'InvalidSelection', message: 'The selection is invalid.' },
  { code: 9017, name: 'AccessRestricted', message: '' },
  { code: 9018, name: 'GenericTokenError', message: '' },
  { code: 9019, name: 'GenericSettingsError', message: '' },
  { code: 9020, name: 'GenericResponseError', message: '' },
  {
    code: 9021,
    name: 'SaveError',
    message: 'Connection error occurred while trying to save the item on the server.',
  },
  {
    code: 9022,
    name: 'MessageInDifferentStoreError',
    message: "The EWS ID can't be retrieved because the message is saved in a different store.",
  },
  {
    code: 9023,
    name: 'DuplicateNotificationKey',
    message: 'A notification with the provided key already exists.',
  },
  {
    code: 9024,
    name: 'NotificationKeyNotFound',
    message: 'There are no notifications with the provided key.',
  },
  {
    code: 9025,
    name: 'NumberOfNotificationsExceeded',
    message: "The notification couldn't be added because the notification limit has been reached.",
  },
  {
    code: 9026,
    name: 'PersistedNotificationArrayReadError',
    message:
      "The API call you made failed because the persisted notifications couldn't be retrieved.",
  },
  {
    code: 9027,
    name: 'PersistedNotificationArraySaveError',
    message: "The API call you made failed because notifications couldn't be persisted.",
  },
  {
    code: 9028,
    name: 'CannotPersistPropertyInUnsavedDraftError',
    message:
      "Notifications can't be persisted in unsaved drafts. Save the item before you call this API.",
  },
  {
    code: 9029,
    name: 'CanOnlyGetTokenForSavedItem',
    message: "The token can't be retrieved until the item is saved.",
  },
  {
    code: 9030,
    name: 'APICallFailedDueToItemChange',
    message: 'The selected item has been changed.',
  },
  {
    code: 9031,
    name: 'InvalidParameterValueError',
    message: "The value of the '{0}' parameter is invalid.",
  },
  {
    code: 9038,
    name: 'InsufficientItemPermissionsError',
    message: "The user doesn't have the permissions required to perform this operation.",
  },
  {
    code: 9040,
    name: 'HTTPRequestFailure',
    message:
      'The request has failed. Please look at the diagnostics object for the HTTP error code.',
  },
  {
    code: 9041,
    name: 'NetworkError',
    message:
      'The user is no longer connected to the network. Please check your network connection and try again.',
  },
  {
    code: 9042,
    name: 'InternalServerError',
    message:
      'The Exchange server returned an error. Please look at the diagnostics object for more information.',
  },
  {
    code: 9043,
    name: 'AttachmentTypeNotSupported',
    message: 'The attachment type is not supported.',
  },
  { code: 9044, name: 'InvalidCategory', message: 'Invalid categories were provided.' },
  {
    code: 9045,
    name: 'DuplicateCategory',
    message: 'One of the categories provided is already in the master category list.',
  },
  {
    code: 9046,
    name: 'ItemNotSaved',
    message: "The id can't be retrieved until the item is saved.",
  },
  {
    code: 9057,
    name: 'Size Limit Exceeded',
    message: 'A maximum of 32KB is available for the settings of each add-in.',
  },
  // The Dialog API's codes (Office.context.ui.displayDialogAsync and its events).
  {
    code: 12002,
    name: 'DialogNavigationError',
    message: "The dialog box was directed to a page that can't be found or loaded.",
  },
  {
    code: 12003,
    name: 'DialogHttpUrl',
    message: 'The dialog box was directed to a URL with the HTTP protocol. HTTPS is required.',
  },
  {
    code: 12004,
    name: 'DialogUntrustedDomain',
    message: "The domain of the URL passed to displayDialogAsync isn't trusted.",
  },
  {
    code: 12005,
    name: 'DialogHttpsRequired',
    message: 'The URL passed to displayDialogAsync uses the HTTP protocol. HTTPS is required.',
  },
  { code: 12006, name: 'DialogClosed', message: 'The dialog box was closed by the user.' },
  {
    code: 12007,
    name: 'DialogAlreadyOpened',
    message: 'A dialog box is already opened from this host window.',
  },
  { code: 12009, name: 'DialogIgnored', message: 'The user chose to ignore the dialog box.' },
  {
    code: 12011,
    name: 'DialogPopupBlocked',
    message: "The user's browser configuration is blocking popups.",
  },
];

const BY_CODE = new Map(TABLE.map((e) => [e.code, e]));
const BY_NAME = new Map(TABLE.map((e) => [e.name.toLowerCase(), e]));

/** The named errors the emulator reports on its own. */
export const ERR = {
  invalidCoercion: 1000,
  invalidFormat: 2006,
  eventRegistration: 5003,
  attachmentSizeExceeded: 9000,
  numberOfAttachmentsExceeded: 9001,
  invalidAttachmentId: 9003,
  numberOfRecipientsExceeded: 9012,
  genericTokenError: 9018,
  genericResponseError: 9020,
  duplicateNotificationKey: 9023,
  notificationKeyNotFound: 9024,
  numberOfNotificationsExceeded: 9025,
  attachmentTypeNotSupported: 9043,
  itemNotSaved: 9046,
  settingsTooLarge: 9057,
  dialogNavigation: 12002,
  dialogHttpUrl: 12003,
  dialogUntrustedDomain: 12004,
  dialogHttpsRequired: 12005,
  dialogClosed: 12006,
  dialogAlreadyOpened: 12007,
  dialogIgnored: 12009,
  dialogPopupBlocked: 12011,
} as const;

/** How a test or the workbench names an error to inject. */
export type ErrorSpec =
  number | string | { readonly code: number; readonly name?: string; readonly message?: string };

/** The full `{ code, name, message }` for a code, an error name, or a partial object. */
export function officeError(spec: ErrorSpec): OfficeErrorShape {
  if (typeof spec === 'number') {
    return BY_CODE.get(spec) ?? { code: spec, name: 'GenericResponseError', message: '' };
  }
  if (typeof spec === 'string') {
    const known = BY_NAME.get(spec.toLowerCase());
    if (!known) throw new Error(`Unknown Outlook error name: ${spec}`);
    return known;
  }
  const known = BY_CODE.get(spec.code);
  return {
    code: spec.code,
    name: spec.name ?? known?.name ?? 'GenericResponseError',
    message: spec.message ?? known?.message ?? '',
  };
}

/** What Office.js throws for a bad argument (Microsoft Ajax exception names). */
export type SysExceptionName =
  | 'Sys.ArgumentException'
  | 'Sys.ArgumentNullException'
  | 'Sys.ArgumentOutOfRangeException'
  | 'Sys.ArgumentTypeException'
  | 'Sys.ParameterCountException';

const DEFAULT_TEXT: Record<SysExceptionName, string> = {
  'Sys.ArgumentException': 'Value does not fall within the expected range.',
  'Sys.ArgumentNullException': 'Value cannot be null.',
  'Sys.ArgumentOutOfRangeException': 'Specified argument was out of the range of valid values.',
  'Sys.ArgumentTypeException': 'Object cannot be converted to the required type.',
  'Sys.ParameterCountException': 'Parameter count mismatch.',
};

export interface SysException extends Error {
  readonly paramName?: string;
}

export function sysError(name: SysExceptionName, paramName?: string, text?: string): SysException {
  let message = `${name}: ${text ?? DEFAULT_TEXT[name]}`;
  if (paramName) message += `\nParameter name: ${paramName}`;
  const err = new Error(message) as Error & { paramName?: string };
  err.name = name;
  if (paramName !== undefined) err.paramName = paramName;
  return err;
}
