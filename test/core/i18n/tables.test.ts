/** The message tables that had no checks of their own beyond their types. */
import { classifyMessages } from '../../../src/core/classify/messages';
import { composeMessages } from '../../../src/core/compose/messages';
import { labelMessages } from '../../../src/core/compose/labels';
import { ID_MESSAGES } from '../../../src/core/ids';
import { cliMessages } from '../../../src/cli/messages';
import { graphMessages } from '../../../src/services/graph/messages';
import { caseMessages } from '../../../src/taskpane/case/messages';
import { filingMessages } from '../../../src/taskpane/filing/messages';
import { workbenchMessages } from '../../../dev/workbench/messages';
import { describeCatalog } from '../../support/catalog';

describeCatalog('compose', composeMessages);
describeCatalog('classification', classifyMessages);
describeCatalog('label', labelMessages);
describeCatalog('national ID', ID_MESSAGES);
describeCatalog('command line', cliMessages);
describeCatalog('Graph', graphMessages);
describeCatalog('case handling', caseMessages);
describeCatalog('filing', filingMessages);
describeCatalog('workbench', workbenchMessages);
