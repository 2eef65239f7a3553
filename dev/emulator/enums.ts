/**
 * The enumerations as Office.js defines them at run time. @types/office-js
 * declares most of them without values; the values below are the strings
 * outlook's office.js uses, which is what add-in code compares against.
 */

export const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' } as const;

export const CoercionType = {
  Text: 'text',
  Matrix: 'matrix',
  Table: 'table',
  Html: 'html',
  Ooxml: 'ooxml',
  SlideRange: 'slideRange',
  Image: 'image',
  XmlSvg: 'xmlSvg',
} as const;

export const HostType = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as const;

export const PlatformType = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const;

export const InitializationReason = {
  Inserted: 'inserted',
  DocumentOpened: 'documentOpened',
} as const;

export const EventType = {
  ActiveViewChanged: 'activeViewChanged',
  AppointmentTimeChanged: 'olkAppointmentTimeChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
  BindingDataChanged: 'bindingDataChanged',
  BindingSelectionChanged: 'bindingSelectionChanged',
  DialogEventReceived: 'dialogEventReceived',
  DialogMessageReceived: 'dialogMessageReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
  DocumentSelectionChanged: 'documentSelectionChanged',
  DragAndDropEvent: 'olkDragAndDropEvent',
  EnhancedLocationsChanged: 'olkEnhancedLocationsChanged',
  InfobarClicked: 'olkInfobarClicked',
  InitializationContextChanged: 'olkInitializationContextChanged',
  ItemChanged: 'olkItemSelectedChanged',
  NodeDeleted: 'nodeDeleted',
  NodeInserted: 'nodeInserted',
  NodeReplaced: 'nodeReplaced',
  OfficeThemeChanged: 'officeThemeChanged',
  RecipientsChanged: 'olkRecipientsChanged',
  RecurrenceChanged: 'olkRecurrenceChanged',
  ResourceSelectionChanged: 'resourceSelectionChanged',
  SelectedItemsChanged: 'olkSelectedItemsChanged',
  SensitivityLabelChanged: 'olkSensitivityLabelChanged',
  SettingsChanged: 'settingsChanged',
  SpamReporting: 'SpamReporting',
  TaskSelectionChanged: 'taskSelectionChanged',
  ViewSelectionChanged: 'viewSelectionChanged',
} as const;

export const MailboxEnums = {
  ActionType: { ShowTaskPane: 'showTaskPane' },
  AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  AttachmentStatus: { Added: 'added', Removed: 'removed' },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  BodyMode: { FullBody: 0, HostConfig: 1 },
  ComposeType: { Reply: 'reply', NewMail: 'newMail', Forward: 'forward' },
  EntityType: {
    MeetingSuggestion: 'meetingSuggestion',
    TaskSuggestion: 'taskSuggestion',
    Address: 'address',
    EmailAddress: 'emailAddress',
    Url: 'url',
    PhoneNumber: 'phoneNumber',
    Contact: 'contact',
  },
  ItemNotificationMessageType: {
    ProgressIndicator: 'progressIndicator',
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
    InsightMessage: 'insightMessage',
  },
  ItemType: { Message: 'message', Appointment: 'appointment' },
  RecipientType: {
    DistributionList: 'distributionList',
    User: 'user',
    ExternalUser: 'externalUser',
    Other: 'other',
  },
  ResponseType: {
    None: 'none',
    Organizer: 'organizer',
    Tentative: 'tentative',
    Accepted: 'accepted',
    Declined: 'declined',
  },
  RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
  SendModeOverride: { PromptUser: 'promptUser' },
  SourceProperty: { Body: 'body', Subject: 'subject' },
  DelegatePermissions: {
    Read: 1,
    Write: 2,
    DeleteOwn: 4,
    DeleteAll: 8,
    EditOwn: 16,
    EditAll: 32,
  },
} as const;

export type ComposeType = (typeof MailboxEnums.ComposeType)[keyof typeof MailboxEnums.ComposeType];
export type RecipientType =
  (typeof MailboxEnums.RecipientType)[keyof typeof MailboxEnums.RecipientType];
export type Platform = 'OfficeOnline' | 'PC' | 'Mac';
