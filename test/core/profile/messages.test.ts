import { calendarMessages } from '../../../src/core/calendar';
import { profileMessages } from '../../../src/core/profile';
import { describeCatalog } from '../../support/catalog';

describeCatalog('profile', profileMessages);
describeCatalog('calendar', calendarMessages);
