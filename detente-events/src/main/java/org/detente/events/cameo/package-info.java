/**
 * The public facts event data is coded with: CAMEO event codes with their Goldstein weights and
 * quad classes ({@link org.detente.events.cameo.CameoTable}), and the mapping of CAMEO country codes
 * and ICEWS country names to ISO 3166-1 alpha-2 ({@link org.detente.events.cameo.CountryCodes}).
 */
package org.detente.events.cameo;
