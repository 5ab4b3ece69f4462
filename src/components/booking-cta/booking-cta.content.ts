/** Default wording; every string can be replaced through `config.copy`. */
export const defaultBookingCopy = {
  heading: 'Book a 30-min discovery call with the founder.',
  tagline: 'No deck. No demo.',
  body: 'We look at the stack you run today and say plainly whether an Operations Partner is the right shape, or whether a vendor, a consultant or your own team fits better. Honest either way.',
  button: 'Book a discovery call',
  newTab: 'Open the scheduler in a new tab',
  opensInNewTab: '(opens in a new tab)',
  close: 'Close',
  loading: 'Loading the scheduler…',
  dialogTitle: 'Book a discovery call',
  frameTitle: 'Discovery call scheduler',
  contextIntro: 'Added to your booking notes, so the call starts from your numbers:',
  contextOffer: 'Not sent to the scheduler unless you add them:',
  contextAdd: 'Add my results to the booking',
  contextRemove: 'Leave this out',
  scheduled: 'Booked. Your confirmation is on its way by email.',
};

export type BookingCopy = typeof defaultBookingCopy;
