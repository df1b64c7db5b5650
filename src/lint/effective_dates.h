// File: lint/effective_dates.h
// Every date a lint's effective window depends on, named after the rule
// change that set it (the names follow zlint's util/time.go so that a lint
// can be compared with zlint's at a glance). Values are Unix seconds, UTC.
#ifndef CAIR_LINT_EFFECTIVE_DATES_H_
#define CAIR_LINT_EFFECTIVE_DATES_H_

#include "lint/lint.h"

namespace cair::lint::dates {

inline constexpr int64_t kAppleCTPolicyDate = Date(2018, 10, 15);
inline constexpr int64_t kAppleReducedLifetimeDate = Date(2020, 9, 1);
inline constexpr int64_t kCABEffectiveDate = Date(2012, 7, 1);
inline constexpr int64_t kCABFBRs_1_2_1_Date = Date(2015, 1, 16);
inline constexpr int64_t kCABFBRs_1_6_2_Date = Date(2018, 12, 10);
inline constexpr int64_t kCABFBRs_1_6_2_UnderscorePermissibilitySunsetDate = Date(2019, 4, 1);
inline constexpr int64_t kCABFBRs_1_7_1_Date = Date(2020, 8, 20);
inline constexpr int64_t kCABFBRs_1_7_9_Date = Date(2021, 8, 16);
inline constexpr int64_t kCABFBRs_1_8_0_Date = Date(2021, 8, 25);
inline constexpr int64_t kCABFBRs_1_8_7_Date = Date(2023, 7, 15);
inline constexpr int64_t kCABFBRs_2_0_0_Date = Date(2023, 9, 15);
inline constexpr int64_t kCABFBRs_2_0_1_Date = Date(2024, 3, 15);
inline constexpr int64_t kCABFBRs_OU_Prohibited_Date = Date(2022, 9, 1);
inline constexpr int64_t kCABFEV_9_8_2 = Date(2020, 1, 31);
inline constexpr int64_t kCABFEV_Sec9_2_8_Date = Date(2020, 1, 31);
inline constexpr int64_t kCABF_CS_BRs_1_2_Date = Date(2019, 8, 13);
inline constexpr int64_t kCABF_CS_CSC_31_Date = Date(2026, 3, 1);
inline constexpr int64_t kCABF_SC081_FIRST_MILESTONE = Date(2026, 3, 15);
inline constexpr int64_t kCABF_SC081_SECOND_MILESTONE = Date(2027, 3, 15);
inline constexpr int64_t kCABF_SC081_THIRD_MILESTONE = Date(2029, 3, 15);
inline constexpr int64_t kCABF_SC086_EffectiveDate = Date(2026, 3, 15);
inline constexpr int64_t kCABF_SMIME_BRs_1_0_0_Date = Date(2023, 9, 1);
inline constexpr int64_t kCABF_SMIME_BRs_1_0_11_Date = Date(2025, 8, 22);
inline constexpr int64_t kCABGivenNameDate = Date(2016, 9, 7);
inline constexpr int64_t kCABV102Date = Date(2012, 6, 8);
inline constexpr int64_t kCABV113Date = Date(2013, 2, 21);
inline constexpr int64_t kCABV116Date = Date(2013, 7, 29);
inline constexpr int64_t kCABV130Date = Date(2015, 4, 16);
inline constexpr int64_t kCABV131Date = Date(2015, 9, 28);
inline constexpr int64_t kCABV148Date = Date(2017, 6, 8);
inline constexpr int64_t kCABV170Date = Date(2020, 1, 31);
inline constexpr int64_t kCABV201Date = Date(2017, 7, 28);
inline constexpr int64_t kChromePolicyClientAuthDisallowedDate = Date(2027, 3, 15);
inline constexpr int64_t kEtsiEn319_411_2_V2_5_0_Date = Date(2023, 7, 1);
inline constexpr int64_t kEtsiEn319_412_2_V2_2_1_Date = Date(2020, 7, 1);
inline constexpr int64_t kEtsiEn319_412_5_V2_2_1_Date = Date(2017, 11, 1);
inline constexpr int64_t kEtsiEn319_412_5_V2_4_1_Date = Date(2023, 9, 1);
inline constexpr int64_t kEtsiEn319_412_5_V2_6_1_Date = Date(2026, 5, 1);
inline constexpr int64_t kMozillaPolicy22Date = Date(2013, 7, 26);
inline constexpr int64_t kMozillaPolicy241Date = Date(2017, 3, 31);
inline constexpr int64_t kMozillaPolicy24Date = Date(2017, 2, 28);
inline constexpr int64_t kMozillaPolicy27Date = Date(2020, 1, 1);
inline constexpr int64_t kMozillaPolicy30Date = Date(2025, 3, 15);
inline constexpr int64_t kNO_SHA1 = Date(2016, 1, 1);
inline constexpr int64_t kNoReservedDomainLabelsDate = Date(2021, 10, 1);
inline constexpr int64_t kOnionOnlyEVDate = Date(2015, 5, 1);
inline constexpr int64_t kRFC2459Date = Date(1999, 1, 1);
inline constexpr int64_t kRFC3279Date = Date(2002, 4, 1);
inline constexpr int64_t kRFC3280Date = Date(2002, 4, 1);
inline constexpr int64_t kRFC3490Date = Date(2003, 3, 1);
inline constexpr int64_t kRFC5280Date = Date(2008, 5, 1);
inline constexpr int64_t kRFC6818Date = Date(2013, 1, 1);
inline constexpr int64_t kRFC6960Date = Date(2013, 6, 1);
inline constexpr int64_t kRFC6962Date = Date(2013, 6, 1);
inline constexpr int64_t kRFC8399Date = Date(2018, 5, 1);
inline constexpr int64_t kRFC8813Date = Date(2020, 8, 1);
inline constexpr int64_t kSC16EffectiveDate = Date(2019, 4, 16);
inline constexpr int64_t kSC17EffectiveDate = Date(2019, 6, 21);
inline constexpr int64_t kSC62EffectiveDate = Date(2023, 9, 15);
inline constexpr int64_t kSC63EffectiveDate = Date(2024, 3, 15);
inline constexpr int64_t kSMC08EffectiveDate = Date(2025, 7, 15);
inline constexpr int64_t kSubCert39Month = Date(2016, 7, 2);
inline constexpr int64_t kSubCert825Days = Date(2018, 3, 2);

// Dates of cair's own lints (not in zlint).
// CA/B Forum Ballot 164 (BR 1.3.7): serial numbers with at least 64 bits of
// CSPRNG output, for certificates issued on or after 2016-09-30.
inline constexpr int64_t kCABFBallot164Date = Date(2016, 9, 30);
// CA/B Forum Ballot SC083 (BR 2.1.3): P-Labels need not conform to IDNA2003;
// until then the BRs' reference to RFC 5280 carried IDNA2003 (req §6.1).
inline constexpr int64_t kCABFBallotSC083Date = Date(2025, 2, 24);

// zlint's zero date: always in force.
inline constexpr int64_t kZeroDate = kAlways;

}  // namespace cair::lint::dates

#endif  // CAIR_LINT_EFFECTIVE_DATES_H_
