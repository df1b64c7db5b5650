// File: x509/test_files.h
// For tests only: the certificates of a PEM (or DER) file, as DER bytes.
#ifndef CAIR_X509_TEST_FILES_H_
#define CAIR_X509_TEST_FILES_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "x509/input.h"

namespace cair::x509::testing {

// The CERTIFICATE objects of `path`; none when it cannot be read.
inline std::vector<std::string> CertificatesIn(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<std::string> out;
  for (auto& o : DecodeObjects(ss.str(), InputFormat::kDetect).objects)
    if (o.label == "CERTIFICATE") out.push_back(std::move(o.der));
  return out;
}

}  // namespace cair::x509::testing

#endif  // CAIR_X509_TEST_FILES_H_
