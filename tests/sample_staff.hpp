// The staff of the sample office (samples/lampihong/pegawai.csv), in its order: NIP digits and
// the nama lengkap as documents print it, written out by hand so that tests of different stages
// check the documents against the data folder, not against the code that reads it.
#pragma once

#include <string>
#include <vector>

namespace kinerja::test {

struct SampleEmployee {
    std::string nip, nama;
};

inline const std::vector<SampleEmployee>& sample_staff() {
    static const std::vector<SampleEmployee> staff = {
        {"196906272001121003", "H. Hammad Arsyad, SP"},
        {"197503122000031002", "Ahmad Rizani, S.Sos., M.Si."},
        {"198104152006042005", "Siti Rahmah, S.E."},
        {"197908232005011004", "Muhammad Noor, S.E."},
        {"197711052003121006", "Rusdiansyah, S.IP"},
        {"198202172008011003", "Ma\u2019ruf Hidayat, S.Sos."},
        {"197806302002122001", "Hj. Norhayati, S.Sos."},
        {"198309092009031007", "Akhmad Fauzi, S.Ag."},
        {"198712122010011008", "Rahmadi"},
        {"199005212014022002", "Nurul Hidayah, A.Md."},
        {"198806142011012009", "Fitriani, S.E."},
        {"199103072019031004", "Hendra Saputra, S.T."},
        {"199508182017122003", "Noor Aina"},
        {"199210252019031005", "Muhammad Ridha, S.Kom."},
        {"198611302010121004", "Ahmad Syarifuddin, S.Sos., M.AP."},
    };
    return staff;
}

}  // namespace kinerja::test
