#include "legacy_vietnamese.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace vn = thidua::domain::vn;
using vn::LegacyEncoding;

namespace thidua::domain::vn {
void PrintTo(LegacyEncoding encoding, std::ostream* out) {
    *out << (encoding == LegacyEncoding::None ? std::string("None")
                                              : legacyEncodingName(encoding).toStdString());
}
} // namespace thidua::domain::vn

namespace {

QString u8(const char* text) {
    return QString::fromUtf8(text);
}

// One text in the three forms. The legacy forms are the bytes a TCVN3 or VNI
// font user typed, as Windows-1252 shows them (so they are written here as
// UTF-8 of those Latin-1 characters; \u00AD is TCVN3's ư, the soft hyphen).
// They were encoded from the published tables (bogoengine's numeric TCVN3
// table, UniKey's VNI-WIN table), not by the code under test; TCVN3 capitals
// without codes of their own use the lower-case code, as .VnTimeH fonts do.
struct Sample {
    const char* tcvn3;
    const char* vni;
    const char* unicode;
};

// clang-format off
constexpr Sample kSamples[] = {
    // People: every vowel with every tone, đ, and the capitals TCVN3 has.
    {"Lª V¨n Kh¸nh", "Leâ Vaên Khaùnh", "Lê Văn Khánh"},
    {"Ph¹m ThÞ Thu H\u00AD¬ng", "Phaïm Thò Thu Höông", "Phạm Thị Thu Hương"},
    {"TrÇn §øc Th¾ng", "Traàn Ñöùc Thaéng", "Trần Đức Thắng"},
    {"Vò ThÞ Kim YÕn", "Vuõ Thò Kim Yeán", "Vũ Thị Kim Yến"},
    {"Hoµng Quèc ViÖt", "Hoaøng Quoác Vieät", "Hoàng Quốc Việt"},
    {"§Æng Thïy Dung", "Ñaëng Thuøy Dung", "Đặng Thùy Dung"},
    {"Bïi Xu©n Tr\u00ADêng", "Buøi Xuaân Tröôøng", "Bùi Xuân Trường"},
    {"D\u00AD¬ng Minh TuÊn", "Döông Minh Tuaán", "Dương Minh Tuấn"},
    {"Ng« B¶o Ngäc", "Ngoâ Baûo Ngoïc", "Ngô Bảo Ngọc"},
    {"Huúnh ThÞ Mü LÖ", "Huyønh Thò Myõ Leä", "Huỳnh Thị Mỹ Lệ"},
    {"§ç Hång Nhung", "Ñoã Hoàng Nhung", "Đỗ Hồng Nhung"},
    {"Lý Thõa ¢n", "Lyù Thöøa AÂn", "Lý Thừa Ân"},
    {"Vâ ThÞ S¸u", "Voõ Thò Saùu", "Võ Thị Sáu"},
    {"Lª ThÞ CÈm Tó", "Leâ Thò Caåm Tuù", "Lê Thị Cẩm Tú"},
    {"NguyÔn V¨n Th×n", "Nguyeãn Vaên Thìn", "Nguyễn Văn Thìn"},
    // Units.
    {"Së Gi¸o dôc vµ §µo t¹o", "Sôû Giaùo duïc vaø Ñaøo taïo", "Sở Giáo dục và Đào tạo"},
    {"Uû ban nh©n d©n tØnh Qu¶ng Ninh", "Uyû ban nhaân daân tænh Quaûng Ninh",
     "Uỷ ban nhân dân tỉnh Quảng Ninh"},
    {"Tr\u00ADêng TiÓu häc NguyÔn Tr·i", "Tröôøng Tieåu hoïc Nguyeãn Traõi",
     "Trường Tiểu học Nguyễn Trãi"},
    {"BÖnh viÖn §a khoa tØnh Thõa Thiªn HuÕ", "Beänh vieän Ña khoa tænh Thöøa Thieân Hueá",
     "Bệnh viện Đa khoa tỉnh Thừa Thiên Huế"},
    {"C«ng an huyÖn §¾k Mil", "Coâng an huyeän Ñaék Mil", "Công an huyện Đắk Mil"},
    {"Phßng Tæ chøc c¸n bé", "Phoøng Toå chöùc caùn boä", "Phòng Tổ chức cán bộ"},
    {"Héi ®ång Thi ®ua – Khen th\u00ADëng", "Hoäi ñoàng Thi ñua – Khen thöôûng",
     "Hội đồng Thi đua – Khen thưởng"},
    {"Thµnh phè §µ N½ng", "Thaønh phoá Ñaø Naüng", "Thành phố Đà Nẵng"},
    {"Khoa PhÉu thuËt, BÖnh viÖn Chî RÉy", "Khoa Phaãu thuaät, Beänh vieän Chôï Raãy",
     "Khoa Phẫu thuật, Bệnh viện Chợ Rẫy"},
    {"Hîp t¸c x· Lîi Thµnh", "Hôïp taùc xaõ Lôïi Thaønh", "Hợp tác xã Lợi Thành"},
    {"Héi Liªn hiÖp Phô n÷, Héi Sö häc", "Hoäi Lieân hieäp Phuï nöõ, Hoäi Söû hoïc",
     "Hội Liên hiệp Phụ nữ, Hội Sử học"},
    // Sentences.
    {"Céng hßa x· héi chñ nghÜa ViÖt Nam", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
     "Cộng hòa xã hội chủ nghĩa Việt Nam"},
    {"§éc lËp - Tù do - H¹nh phóc", "Ñoäc laäp - Töï do - Haïnh phuùc",
     "Độc lập - Tự do - Hạnh phúc"},
    {"Bµ mÑ ViÖt Nam anh hïng NguyÔn ThÞ Mþ", "Baø meï Vieät Nam anh huøng Nguyeãn Thò Mî",
     "Bà mẹ Việt Nam anh hùng Nguyễn Thị Mỵ"},
    {"Tr¹i hÌ thiÕu nhi, tranh vÏ cña trÎ em", "Traïi heø thieáu nhi, tranh veõ cuûa treû em",
     "Trại hè thiếu nhi, tranh vẽ của trẻ em"},
    {"Doanh nghiÖp nhá vµ võa gióp ®ì nhau", "Doanh nghieäp nhoû vaø vöøa giuùp ñôõ nhau",
     "Doanh nghiệp nhỏ và vừa giúp đỡ nhau"},
    {"§\u00ADêng th¼ng", "Ñöôøng thaúng", "Đường thẳng"},
    {"C¨n cø LuËt Thi ®ua, Khen th\u00ADëng n¨m 2022; xÐt ®Ò nghÞ cña Gi¸m ®èc Së Néi vô, "
     "Chñ tÞch UBND tØnh quyÕt ®Þnh tÆng B»ng khen cho c¸c tËp thÓ vµ c¸ nh©n ®· cã "
     "thµnh tÝch xuÊt s¾c trong phong trµo thi ®ua yªu n\u00ADíc.",
     "Caên cöù Luaät Thi ñua, Khen thöôûng naêm 2022; xeùt ñeà nghò cuûa Giaùm ñoác Sôû "
     "Noäi vuï, Chuû tòch UBND tænh quyeát ñònh taëng Baèng khen cho caùc taäp theå vaø "
     "caù nhaân ñaõ coù thaønh tích xuaát saéc trong phong traøo thi ñua yeâu nöôùc.",
     "Căn cứ Luật Thi đua, Khen thưởng năm 2022; xét đề nghị của Giám đốc Sở Nội vụ, "
     "Chủ tịch UBND tỉnh quyết định tặng Bằng khen cho các tập thể và cá nhân đã có "
     "thành tích xuất sắc trong phong trào thi đua yêu nước."},
    // Capitals, as lists of names and document headings are often typed.
    {"NGUYÔN THÞ Tè NGA", "NGUYEÃN THÒ TOÁ NGA", "NGUYỄN THỊ TỐ NGA"},
    {"§µO QUý LéC", "ÑAØO QUYÙ LOÄC", "ĐÀO QUÝ LỘC"},
    {"Hµ NéI", "HAØ NOÄI", "HÀ NỘI"},
    {"CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
    {"§éC LËP - Tù DO - H¹NH PHóC", "ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC",
     "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
    {"ñY BAN NH¢N D¢N TØNH QU¶NG NINH", "UÛY BAN NHAÂN DAÂN TÆNH QUAÛNG NINH",
     "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"},
    {"B»NG KHEN", "BAÈNG KHEN", "BẰNG KHEN"},
    {"CHIÕN SÜ THI §UA C¥ Së", "CHIEÁN SÓ THI ÑUA CÔ SÔÛ", "CHIẾN SĨ THI ĐUA CƠ SỞ"},
    {"TR¦êNG TRUNG HäC PHæ TH¤NG L£ QUý §¤N",
     "TRÖÔØNG TRUNG HOÏC PHOÅ THOÂNG LEÂ QUYÙ ÑOÂN",
     "TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ QUÝ ĐÔN"},
};
// clang-format on

} // namespace

// ---- TCVN3 ------------------------------------------------------------------

TEST(LegacyVietnameseTcvn3, ConvertsTextAsItLooksReadAsWindows1252) {
    EXPECT_EQ(vn::fromLegacy(u8("NguyÔn ThÞ Tè Nga"), LegacyEncoding::Tcvn3),
              u8("Nguyễn Thị Tố Nga"));
    EXPECT_EQ(vn::fromLegacy(u8("§µo Quý Léc"), LegacyEncoding::Tcvn3), u8("Đào Quý Lộc"));
    EXPECT_EQ(vn::fromLegacy(u8("Hµ Néi"), LegacyEncoding::Tcvn3), u8("Hà Nội"));
    EXPECT_EQ(vn::fromLegacy(u8("Trung t©m"), LegacyEncoding::Tcvn3), u8("Trung tâm"));
}

// Each row is one vowel: bare, sắc, huyền, hỏi, ngã, nặng, with the byte codes
// of the published table written out.
TEST(LegacyVietnameseTcvn3, EveryCodeOfTheTable) {
    const struct {
        const char* bytes;
        const char* letters;
    } rows[] = {
        {"a\u00B8\u00B5\u00B6\u00B7\u00B9", "aáàảãạ"},
        {"\u00A8\u00BE\u00BB\u00BC\u00BD\u00C6", "ăắằẳẵặ"},
        {"\u00A9\u00CA\u00C7\u00C8\u00C9\u00CB", "âấầẩẫậ"},
        {"e\u00D0\u00CC\u00CE\u00CF\u00D1", "eéèẻẽẹ"},
        {"\u00AA\u00D5\u00D2\u00D3\u00D4\u00D6", "êếềểễệ"},
        {"i\u00DD\u00D7\u00D8\u00DC\u00DE", "iíìỉĩị"},
        {"o\u00E3\u00DF\u00E1\u00E2\u00E4", "oóòỏõọ"},
        {"\u00AB\u00E8\u00E5\u00E6\u00E7\u00E9", "ôốồổỗộ"},
        {"\u00AC\u00ED\u00EA\u00EB\u00EC\u00EE", "ơớờởỡợ"},
        {"u\u00F3\u00EF\u00F1\u00F2\u00F4", "uúùủũụ"},
        {"\u00AD\u00F8\u00F5\u00F6\u00F7\u00F9", "ưứừửữự"},
        {"y\u00FD\u00FA\u00FB\u00FC\u00FE", "yýỳỷỹỵ"},
        {"\u00AE", "đ"},
        {"\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", "ĂÂÊÔƠƯĐ"},
    };
    for (const auto& row : rows)
        EXPECT_EQ(vn::fromLegacy(u8(row.bytes), LegacyEncoding::Tcvn3), u8(row.letters));
}

TEST(LegacyVietnameseTcvn3, KeepsWhatTcvn3DoesNotDefine) {
    // Windows-1252 punctuation from 0x80-0x9F stays punctuation.
    EXPECT_EQ(vn::fromLegacy(u8("Hµ Néi – “Thñ ®«”…"), LegacyEncoding::Tcvn3),
              u8("Hà Nội – “Thủ đô”…"));
    // Digits, punctuation and ASCII letters are the same in TCVN3.
    EXPECT_EQ(vn::fromLegacy(u8("Tæ 5, khu phè 3 (P.1)"), LegacyEncoding::Tcvn3),
              u8("Tổ 5, khu phố 3 (P.1)"));
    // Where the full TCVN 5712 has capitals (0xC0, 0xDA...) the ABC fonts have
    // none; such bytes stay as they are rather than becoming guessed letters.
    EXPECT_EQ(vn::fromLegacy(u8("ÀÚ Hµ"), LegacyEncoding::Tcvn3), u8("ÀÚ Hà"));
}

TEST(LegacyVietnameseTcvn3, CapitalsFollowTheRestOfTheWordOrText) {
    // Lower-case codes in a word of capitals are .VnTimeH capitals.
    EXPECT_EQ(vn::fromLegacy(u8("NGUYÔN"), LegacyEncoding::Tcvn3), u8("NGUYỄN"));
    EXPECT_EQ(vn::fromLegacy(u8("Tr\u00ADêng THPT Lª Quý §«n"), LegacyEncoding::Tcvn3),
              u8("Trường THPT Lê Quý Đôn"));
    // One capital is a name, not a word of capitals...
    EXPECT_EQ(vn::fromLegacy(u8("Tè"), LegacyEncoding::Tcvn3), u8("Tố"));
    EXPECT_EQ(vn::fromLegacy(u8("Hµ"), LegacyEncoding::Tcvn3), u8("Hà"));
    // ...unless the whole text is in capitals.
    EXPECT_EQ(vn::fromLegacy(u8("NGUYÔN THÞ Tè NGA"), LegacyEncoding::Tcvn3),
              u8("NGUYỄN THỊ TỐ NGA"));
    // Capitals of an abbreviation do not make "Së" a word of capitals.
    EXPECT_EQ(vn::fromLegacy(u8("Së GD&§T"), LegacyEncoding::Tcvn3), u8("Sở GD&ĐT"));
    // The bytes do not say a .VnTimeH font drew lower-case ASCII as capitals.
    EXPECT_EQ(vn::fromLegacy(u8("nguyÔn thÞ tè nga"), LegacyEncoding::Tcvn3),
              u8("nguyễn thị tố nga"));
}

// ---- VNI --------------------------------------------------------------------

TEST(LegacyVietnameseVni, ConvertsTextAsItLooksReadAsWindows1252) {
    EXPECT_EQ(vn::fromLegacy(u8("Nguyeãn Thò Toá Nga"), LegacyEncoding::Vni),
              u8("Nguyễn Thị Tố Nga"));
    EXPECT_EQ(vn::fromLegacy(u8("Ñaøo Quyù Loäc"), LegacyEncoding::Vni), u8("Đào Quý Lộc"));
    EXPECT_EQ(vn::fromLegacy(u8("Haø Noäi"), LegacyEncoding::Vni), u8("Hà Nội"));
}

// Bare, sắc, huyền, hỏi, ngã, nặng for every vowel, as the VNI tables list
// them; ă and â are shown before n, since alone they are no syllable.
TEST(LegacyVietnameseVni, EveryLetterOfTheTable) {
    const struct {
        const char* vni;
        const char* unicode;
    } rows[] = {
        {"a aù aø aû aõ aï", "a á à ả ã ạ"},
        {"aên aén aèn aún aün aën", "ăn ắn ằn ẳn ẵn ặn"},
        {"aân aán aàn aån aãn aän", "ân ấn ần ẩn ẫn ận"},
        {"e eù eø eû eõ eï", "e é è ẻ ẽ ẹ"},
        {"eâ eá eà eå eã eä", "ê ế ề ể ễ ệ"},
        {"i í ì æ ó ò", "i í ì ỉ ĩ ị"},
        {"o où oø oû oõ oï", "o ó ò ỏ õ ọ"},
        {"oâ oá oà oå oã oä", "ô ố ồ ổ ỗ ộ"},
        {"ô ôù ôø ôû ôõ ôï", "ơ ớ ờ ở ỡ ợ"},
        {"u uù uø uû uõ uï", "u ú ù ủ ũ ụ"},
        {"ö öù öø öû öõ öï", "ư ứ ừ ử ữ ự"},
        {"y yù yø yû yõ î", "y ý ỳ ỷ ỹ ỵ"},
        {"ñ", "đ"},
        {"A AÙ AØ AÛ AÕ AÏ", "A Á À Ả Ã Ạ"},
        {"AÊN AÉN AÈN AÚN AÜN AËN", "ĂN ẮN ẰN ẲN ẴN ẶN"},
        {"AÂN AÁN AÀN AÅN AÃN AÄN", "ÂN ẤN ẦN ẨN ẪN ẬN"},
        {"E EÙ EØ EÛ EÕ EÏ", "E É È Ẻ Ẽ Ẹ"},
        {"EÂ EÁ EÀ EÅ EÃ EÄ", "Ê Ế Ề Ể Ễ Ệ"},
        {"I Í Ì Æ Ó Ò", "I Í Ì Ỉ Ĩ Ị"},
        {"O OÙ OØ OÛ OÕ OÏ", "O Ó Ò Ỏ Õ Ọ"},
        {"OÂ OÁ OÀ OÅ OÃ OÄ", "Ô Ố Ồ Ổ Ỗ Ộ"},
        {"Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ", "Ơ Ớ Ờ Ở Ỡ Ợ"},
        {"U UÙ UØ UÛ UÕ UÏ", "U Ú Ù Ủ Ũ Ụ"},
        {"Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ", "Ư Ứ Ừ Ử Ữ Ự"},
        {"Y YÙ YØ YÛ YÕ Î", "Y Ý Ỳ Ỷ Ỹ Ỵ"},
        {"Ñ", "Đ"},
    };
    for (const auto& row : rows)
        EXPECT_EQ(vn::fromLegacy(u8(row.vni), LegacyEncoding::Vni), u8(row.unicode));
}

TEST(LegacyVietnameseVni, OutputIsNfc) {
    const QString converted = vn::fromLegacy(u8("Nguyeãn Tröôøng"), LegacyEncoding::Vni);
    EXPECT_EQ(converted, converted.normalized(QString::NormalizationForm_C));
    EXPECT_EQ(converted.size(), 13); // N g u y ễ n, space, T r ư ờ n g: no combining marks
}

TEST(LegacyVietnameseVni, MarksAfterLettersThatCannotTakeThemStay) {
    // A circumflex belongs on a, e, o and a breve on a only; ì is a letter.
    EXPECT_EQ(vn::fromLegacy(u8("Haø Bâ Té Hì"), LegacyEncoding::Vni), u8("Hà Bâ Té Hì"));
}

// ---- Windows-1258 -----------------------------------------------------------

// The samples' Unicode text as Excel's "CSV (Comma delimited)" saves it on
// Windows set to Vietnamese, shown as Windows-1252: encoded by glibc's iconv
// (CP1258), not by the code under test. Latin-1's toned letters stay (à, á,
// â, ê, ô, ú...); the others are a base letter and a combining tone mark.
struct Windows1258Sample {
    const char* windows1258;
    const char* unicode;
};

// clang-format off
constexpr Windows1258Sample kWindows1258Samples[] = {
    {"Lê Vãn Khánh", "Lê Văn Khánh"},
    {"Phaòm Thiò Thu Hýõng", "Phạm Thị Thu Hương"},
    {"TrâÌn Ðýìc Thãìng", "Trần Đức Thắng"},
    {"VuÞ Thiò Kim Yêìn", "Vũ Thị Kim Yến"},
    {"Hoàng Quôìc Viêòt", "Hoàng Quốc Việt"},
    {"Ðãòng Thùy Dung", "Đặng Thùy Dung"},
    {"Bùi Xuân TrýõÌng", "Bùi Xuân Trường"},
    {"Dýõng Minh Tuâìn", "Dương Minh Tuấn"},
    {"Ngô BaÒo Ngoòc", "Ngô Bảo Ngọc"},
    {"HuyÌnh Thiò MyÞ Lêò", "Huỳnh Thị Mỹ Lệ"},
    {"ÐôÞ HôÌng Nhung", "Đỗ Hồng Nhung"},
    {"Lyì ThýÌa Ân", "Lý Thừa Ân"},
    {"VoÞ Thiò Sáu", "Võ Thị Sáu"},
    {"Lê Thiò CâÒm Tú", "Lê Thị Cẩm Tú"},
    {"NguyêÞn Vãn ThiÌn", "Nguyễn Văn Thìn"},
    {"SõÒ Giáo duòc và Ðào taòo", "Sở Giáo dục và Đào tạo"},
    {"UyÒ ban nhân dân tiÒnh QuaÒng Ninh", "Uỷ ban nhân dân tỉnh Quảng Ninh"},
    {"TrýõÌng TiêÒu hoòc NguyêÞn TraÞi", "Trường Tiểu học Nguyễn Trãi"},
    {"Bêònh viêòn Ða khoa tiÒnh ThýÌa Thiên Huêì", "Bệnh viện Đa khoa tỉnh Thừa Thiên Huế"},
    {"Công an huyêòn Ðãìk Mil", "Công an huyện Đắk Mil"},
    {"PhoÌng TôÒ chýìc cán bôò", "Phòng Tổ chức cán bộ"},
    {"Hôòi ðôÌng Thi ðua – Khen thýõÒng", "Hội đồng Thi đua – Khen thưởng"},
    {"Thành phôì Ðà NãÞng", "Thành phố Đà Nẵng"},
    {"Khoa PhâÞu thuâòt, Bêònh viêòn Chõò RâÞy", "Khoa Phẫu thuật, Bệnh viện Chợ Rẫy"},
    {"Hõòp tác xaÞ Lõòi Thành", "Hợp tác xã Lợi Thành"},
    {"Hôòi Liên hiêòp Phuò nýÞ, Hôòi SýÒ hoòc", "Hội Liên hiệp Phụ nữ, Hội Sử học"},
    {"Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
    {"Ðôòc lâòp - Týò do - Haònh phúc", "Độc lập - Tự do - Hạnh phúc"},
    {"Bà meò Viêòt Nam anh hùng NguyêÞn Thiò Myò", "Bà mẹ Việt Nam anh hùng Nguyễn Thị Mỵ"},
    {"Traòi hè thiêìu nhi, tranh veÞ cuÒa treÒ em", "Trại hè thiếu nhi, tranh vẽ của trẻ em"},
    {"Doanh nghiêòp nhoÒ và výÌa giúp ðõÞ nhau", "Doanh nghiệp nhỏ và vừa giúp đỡ nhau"},
    {"ÐýõÌng thãÒng", "Đường thẳng"},
    {"Cãn cýì Luâòt Thi ðua, Khen thýõÒng nãm 2022; xét ðêÌ nghiò cuÒa Giám ðôìc SõÒ Nôòi vuò, ChuÒ tiòch UBND tiÒnh quyêìt"
     " ðiònh tãòng BãÌng khen cho các tâòp thêÒ và cá nhân ðaÞ có thành tích xuâìt sãìc trong phong trào thi ðua yêu nýõìc.",
     "Căn cứ Luật Thi đua, Khen thưởng năm 2022; xét đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh quyết định"
     " tặng Bằng khen cho các tập thể và cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước."},
    {"NGUYÊÞN THIò TÔì NGA", "NGUYỄN THỊ TỐ NGA"},
    {"ÐÀO QUYì LÔòC", "ĐÀO QUÝ LỘC"},
    {"HÀ NÔòI", "HÀ NỘI"},
    {"CÔòNG HOÌA XAÞ HÔòI CHUÒ NGHIÞA VIÊòT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
    {"ÐÔòC LÂòP - TÝò DO - HAòNH PHÚC", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"},
    {"UÒY BAN NHÂN DÂN TIÒNH QUAÒNG NINH", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"},
    {"BÃÌNG KHEN", "BẰNG KHEN"},
    {"CHIÊìN SIÞ THI ÐUA CÕ SÕÒ", "CHIẾN SĨ THI ĐUA CƠ SỞ"},
    {"TRÝÕÌNG TRUNG HOòC PHÔÒ THÔNG LÊ QUYì ÐÔN", "TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ QUÝ ĐÔN"},
};
// clang-format on

TEST(LegacyVietnameseWindows1258, ConvertsTextAsExcelSavedIt) {
    EXPECT_EQ(vn::fromLegacy(u8("NguyêÞn Thiò Tôì Nga"), LegacyEncoding::Windows1258),
              u8("Nguyễn Thị Tố Nga"));
    EXPECT_EQ(vn::fromLegacy(u8("Hà Nôòi"), LegacyEncoding::Windows1258), u8("Hà Nội"));
}

TEST(LegacyVietnameseWindows1258, EveryCodeOfTheTable) {
    // The letters of their own, the five tones after a vowel, and the đồng sign.
    EXPECT_EQ(vn::fromLegacy(u8("Ãn ãn Ðen ðen Õn õn Ýng ýng"), LegacyEncoding::Windows1258),
              u8("Ăn ăn Đen đen Ơn ơn Ưng ưng"));
    EXPECT_EQ(vn::fromLegacy(u8("aÌ aì aÒ aÞ aò"), LegacyEncoding::Windows1258), u8("à á ả ã ạ"));
    EXPECT_EQ(vn::fromLegacy(u8("5.000þ – “x”"), LegacyEncoding::Windows1258), u8("5.000₫ – “x”"));
}

TEST(LegacyVietnameseWindows1258, ConvertsEachSample) {
    for (const Windows1258Sample& sample : kWindows1258Samples) {
        SCOPED_TRACE(sample.unicode);
        EXPECT_EQ(vn::fromLegacy(u8(sample.windows1258), LegacyEncoding::Windows1258),
                  u8(sample.unicode));
    }
}

TEST(LegacyVietnameseWindows1258, DetectsTheSamplesWithAWordOnlyItAccountsFor) {
    QStringList column;
    for (const Windows1258Sample& sample : kWindows1258Samples)
        column << u8(sample.windows1258);
    EXPECT_EQ(vn::detectLegacyEncoding(column), LegacyEncoding::Windows1258);
    // "Lê Vãn Khánh" is Unicode as it stands too ("Vãn" is a word): alone it
    // decides nothing, and the column decides for it.
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Lê Vãn Khánh")), LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("NguyêÞn Vãn ThiÌn")), LegacyEncoding::Windows1258);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Thành phôì Ðà NãÞng")), LegacyEncoding::Windows1258);
}

TEST(LegacyVietnameseWindows1258, UnicodeWithOnlyLatin1LettersIsNotWindows1258) {
    // "Võ" reads "Vơ" and "Lý" reads "Lư" in Windows-1258, both Vietnamese:
    // such words decide nothing, and "Tùng", "Lâm" count for Unicode.
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Võ Tùng Lâm")), LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Lý Thái Tông")), LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(QStringList{u8("Võ Tùng Lâm"), u8("Lý Thái Tông"),
                                                   u8("Hà Tĩnh"), u8("São Paulo")}),
              LegacyEncoding::None);
}

TEST(LegacyVietnameseWindows1258, AColumnOfShortValuesIsDecidedByItsMajority) {
    const QStringList column{u8("Nam"), u8("NýÞ"), u8("NýÞ"), u8("Nam"), u8("Võ"), u8("Hà")};
    EXPECT_EQ(vn::detectLegacyEncoding(column), LegacyEncoding::Windows1258);
}

TEST(LegacyVietnameseWindows1258, TheFontsAreNotTakenForIt) {
    for (const Sample& sample : kSamples) {
        SCOPED_TRACE(sample.unicode);
        EXPECT_NE(vn::detectLegacyEncoding(u8(sample.tcvn3)), LegacyEncoding::Windows1258);
        EXPECT_NE(vn::detectLegacyEncoding(u8(sample.vni)), LegacyEncoding::Windows1258);
    }
}

// ---- Both -------------------------------------------------------------------

TEST(LegacyVietnamese, ConvertsNamesUnitsAndSentences) {
    for (const Sample& sample : kSamples) {
        SCOPED_TRACE(sample.unicode);
        EXPECT_EQ(vn::fromLegacy(u8(sample.tcvn3), LegacyEncoding::Tcvn3), u8(sample.unicode));
        EXPECT_EQ(vn::fromLegacy(u8(sample.vni), LegacyEncoding::Vni), u8(sample.unicode));
    }
}

TEST(LegacyVietnamese, DetectsEachSample) {
    for (const Sample& sample : kSamples) {
        SCOPED_TRACE(sample.unicode);
        EXPECT_EQ(vn::detectLegacyEncoding(u8(sample.tcvn3)), LegacyEncoding::Tcvn3);
        EXPECT_EQ(vn::detectLegacyEncoding(u8(sample.vni)), LegacyEncoding::Vni);
        EXPECT_EQ(vn::detectLegacyEncoding(u8(sample.unicode)), LegacyEncoding::None);
    }
}

TEST(LegacyVietnamese, DetectsTheTextsUsersSee) {
    EXPECT_EQ(vn::detectLegacyEncoding(u8("NguyÔn ThÞ Tè Nga")), LegacyEncoding::Tcvn3);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("§µo Quý Léc")), LegacyEncoding::Tcvn3);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Hµ Néi")), LegacyEncoding::Tcvn3);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Trung t©m")), LegacyEncoding::Tcvn3);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Nguyeãn Thò Toá Nga")), LegacyEncoding::Vni);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Ñaøo Quyù Loäc")), LegacyEncoding::Vni);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Haø Noäi")), LegacyEncoding::Vni);
}

TEST(LegacyVietnamese, UnicodeAsciiAndLatin1TextIsNotLegacy) {
    const char* texts[] = {// Unicode Vietnamese, also in NFD and with only Latin-1 letters.
                           "Nguyễn Thị Tố Nga", "Đào Quý Lộc", "Hà Nội", "Tô Hà", "Hà Tây",
                           "Tôi có", "Lê Văn Tám", "à", "UBND tỉnh Bà Rịa – Vũng Tàu",
                           // ASCII.
                           "", "Nguyen Van A", "Phong GD&DT, to 5", "2024-05-01", "Hello, world!",
                           // Other languages in Latin-1 and beyond.
                           "Müller", "café", "José García", "François Côté", "Björn Ångström",
                           "Crème brûlée à la carte", "São Paulo", "Søren Kierkegaard", "Straße",
                           "naïve Zoë", "Señor Núñez", "Niccolò più", "Guðmundsdóttir",
                           "© 2024 Thidua®", "Dvořák", "Москва", "東京"};
    for (const char* text : texts) {
        SCOPED_TRACE(text);
        EXPECT_EQ(vn::detectLegacyEncoding(u8(text)), LegacyEncoding::None);
    }
    const QString nfd = u8("Nguyễn Thị Tố Nga").normalized(QString::NormalizationForm_D);
    EXPECT_EQ(vn::detectLegacyEncoding(nfd), LegacyEncoding::None);
}

TEST(LegacyVietnamese, WordsThatReadBothWaysDecideNothing) {
    // "Tè" is Unicode tè and TCVN3 Tố; "Thò" is Unicode thò, TCVN3 Thũ and VNI Thị.
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Tè")), LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Thò")), LegacyEncoding::None);
    // "Léc" is well formed too (léc), though no word: only a whole syllable
    // shape is checked, not a dictionary.
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Tè Léc")), LegacyEncoding::None);
    // One word only TCVN3 accounts for is enough: there is no "ei" in Vietnamese.
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Tè Néi")), LegacyEncoding::Tcvn3);
}

TEST(LegacyVietnamese, UnicodePassesThroughUnchanged) {
    const char* texts[] = {"Nguyễn Thị Tố Nga",
                           "ĐÀO QUÝ LỘC",
                           "Trường Tiểu học Nguyễn Trãi",
                           "Nguyen Van A",
                           "Tô Hà",
                           "Lê Văn Tám, Hà Tây",
                           ""};
    for (const char* text : texts) {
        SCOPED_TRACE(text);
        EXPECT_EQ(vn::fromLegacy(u8(text), LegacyEncoding::Tcvn3), u8(text));
        EXPECT_EQ(vn::fromLegacy(u8(text), LegacyEncoding::Vni), u8(text));
        EXPECT_EQ(vn::fromLegacy(u8(text), LegacyEncoding::None), u8(text));
    }
    // NFD stays NFD: nothing in it is converted, so nothing is touched.
    const QString nfd = u8("Nguyễn Thị Tố Nga").normalized(QString::NormalizationForm_D);
    EXPECT_EQ(vn::fromLegacy(nfd, LegacyEncoding::Tcvn3), nfd);
    EXPECT_EQ(vn::fromLegacy(nfd, LegacyEncoding::Vni), nfd);
}

TEST(LegacyVietnamese, TextWithoutEvidenceIsConverted) {
    // The caller chose the encoding, usually for a whole column: its short
    // values often read both ways and must still be converted.
    EXPECT_EQ(vn::fromLegacy(u8("Tè"), LegacyEncoding::Tcvn3), u8("Tố"));
    EXPECT_EQ(vn::fromLegacy(u8("Thò"), LegacyEncoding::Vni), u8("Thị"));
    // So Latin-1 text given an encoding it was not written in is garbled.
    EXPECT_EQ(vn::fromLegacy(u8("Müller"), LegacyEncoding::Tcvn3), u8("Mỹller"));
}

TEST(LegacyVietnamese, NoneLeavesLegacyTextAlone) {
    EXPECT_EQ(vn::fromLegacy(u8("Hµ Néi"), LegacyEncoding::None), u8("Hµ Néi"));
}

TEST(LegacyVietnamese, AUnicodeWordInLegacyTextIsKept) {
    // "Thúy" is Vietnamese as it stands and TCVN3 would make it "Thỳy".
    EXPECT_EQ(vn::fromLegacy(u8("Hµ Néi, Thúy"), LegacyEncoding::Tcvn3), u8("Hà Nội, Thúy"));
}

TEST(LegacyVietnamese, TheOtherEncodingDoesNotMatchLegacyText) {
    EXPECT_EQ(vn::detectLegacyEncoding(u8("Nguyeãn Vaên Tröôøng")), LegacyEncoding::Vni);
    EXPECT_EQ(vn::detectLegacyEncoding(u8("NguyÔn V¨n Tr\u00ADêng")), LegacyEncoding::Tcvn3);
}

// ---- Columns ----------------------------------------------------------------

TEST(LegacyVietnameseColumn, MajorityOfTheValuesDecides) {
    // Short TCVN3 values, plain ASCII ones and one retyped in Unicode.
    const QStringList tcvn3{u8("Tè"),     u8("Nga"),          u8("Léc"), u8("Hµ"),
                            u8("Quý"),    u8("NguyÔn V¨n A"), u8("Lan"), u8("Nguyễn Văn Bình"),
                            u8("ThÞ Mai")};
    EXPECT_EQ(vn::detectLegacyEncoding(tcvn3), LegacyEncoding::Tcvn3);
    const QStringList tcvn3Converted{
        u8("Tố"),     u8("Nga"),          u8("Lộc"), u8("Hà"),
        u8("Quý"),    u8("Nguyễn Văn A"), u8("Lan"), u8("Nguyễn Văn Bình"),
        u8("Thị Mai")};
    for (qsizetype i = 0; i < tcvn3.size(); ++i)
        EXPECT_EQ(vn::fromLegacy(tcvn3[i], LegacyEncoding::Tcvn3), tcvn3Converted[i]);

    const QStringList vni{u8("Toá"),
                          u8("Nga"),
                          u8("Loäc"),
                          u8("Haø"),
                          u8("Thò Mai"),
                          u8("Lan"),
                          u8("Nguyễn Văn Bình"),
                          u8("Ñaøo Vaên Tuøng")};
    EXPECT_EQ(vn::detectLegacyEncoding(vni), LegacyEncoding::Vni);
    const QStringList vniConverted{u8("Tố"),
                                   u8("Nga"),
                                   u8("Lộc"),
                                   u8("Hà"),
                                   u8("Thị Mai"),
                                   u8("Lan"),
                                   u8("Nguyễn Văn Bình"),
                                   u8("Đào Văn Tùng")};
    for (qsizetype i = 0; i < vni.size(); ++i)
        EXPECT_EQ(vn::fromLegacy(vni[i], LegacyEncoding::Vni), vniConverted[i]);
}

TEST(LegacyVietnameseColumn, UnicodeAndForeignColumnsAreNotLegacy) {
    EXPECT_EQ(vn::detectLegacyEncoding(
                  QStringList{u8("Nguyễn Thị Tố Nga"), u8("Đào Quý Lộc"), u8("Tô Hà"), u8("Lan")}),
              LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(
                  QStringList{u8("Müller"), u8("café"), u8("José García"), u8("Søren")}),
              LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(QStringList{}), LegacyEncoding::None);
    EXPECT_EQ(vn::detectLegacyEncoding(QStringList{u8("Nga"), u8("Lan")}), LegacyEncoding::None);
}

TEST(LegacyVietnameseColumn, MostlyUnicodeColumnIsLeftAlone) {
    // One value that looks TCVN3 among many Unicode ones is not enough.
    EXPECT_EQ(vn::detectLegacyEncoding(
                  QStringList{u8("Nguyễn Thị Tố Nga"), u8("Hà Nội"), u8("Lê Văn Tám"), u8("Hµ")}),
              LegacyEncoding::None);
}
