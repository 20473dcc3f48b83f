/** Wire services and picture agencies, whose names end a picture credit (`Jane Doe/Reuters`): names, no language's words. */
export const PICTURE_AGENCIES = ['ap', 'afp', 'reuters', 'getty', 'epa', 'shutterstock'] as const;
