/** Wire services and picture agencies: names, no language's words. */

/** As they sign the end of a picture credit: `Jane Doe/Reuters`, `… /AP`. */
export const PICTURE_AGENCIES = ['ap', 'afp', 'reuters', 'getty', 'epa', 'shutterstock'] as const;
/** As a credit line names them: `AP Photo/Jane Doe`, `Getty Images`. */
export const CREDITED_AGENCIES = ['getty images', 'reuters', 'afp', 'ap photo', 'shutterstock', 'istock'] as const;
