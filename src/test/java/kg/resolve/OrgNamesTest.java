package kg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden cases of the canonical form of a printed affiliation and of the chain of parents its name shows. Every
 * institution here is made up; what the cases fix is the genre: how names are printed and how they nest.
 */
class OrgNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # printed                                  | canonical                              | parents, nearest first
            海岳大学                                    | 海岳大学                                 |
            海岳大学海洋科学学院                          | 海岳大学海洋科学学院                       | 海岳大学
            海岳大学电机系                               | 海岳大学电机系                            | 海岳大学
            海岳理工大学计算机科学与工程系                  | 海岳理工大学计算机科学与工程系               | 海岳理工大学
            中国科学院云岭高原研究所                       | 中国科学院云岭高原研究所                    | 中国科学院
            中国科学院云岭高原研究所冰川过程重点实验室         | 中国科学院云岭高原研究所冰川过程重点实验室      | 中国科学院云岭高原研究所 < 中国科学院
            中科院云岭所科教处                            | 中国科学院云岭所科教处                     | 中国科学院云岭所 < 中国科学院
            中国社科院青州研究所                          | 中国社会科学院青州研究所                    | 中国社会科学院
            国家自然科学基金委地学处                       | 国家自然科学基金委员会地学处                 | 国家自然科学基金委员会
            科技部青州司监测处                            | 科学技术部青州司监测处                     | 科学技术部青州司 < 科学技术部
            国家发改委西部开发司                           | 国家发展和改革委员会西部开发司               | 国家发展和改革委员会
            青州省气象局预报处                            | 青州省气象局预报处                        | 青州省气象局
            海岳师范学院地理系                            | 海岳师范学院地理系                        | 海岳师范学院
            海岳大学（青州）地学院                         | 海岳大学(青州)地学院                      | 海岳大学(青州)
            ＨＹ大学海洋学院                              | HY大学海洋学院                           | HY大学
            海岳 大学 海洋 学院                           | 海岳大学海洋学院                          | 海岳大学
            `“海岳大学海洋学院，`                          | 海岳大学海洋学院                          | 海岳大学
            云岭海洋遥感重点实验室(YLRS)的                  | 云岭海洋遥感重点实验室                     |
            云岭物理研究所云岭物理研究所                    | 云岭物理研究所                            |
            中国科学院云岭物理研究所物理所                   | 中国科学院云岭物理研究所                    | 中国科学院
            海岳大学重点实验室处                           | 海岳大学重点实验室处                       | 海岳大学
            云岭信息处理中心                              | 云岭信息处理中心                          |
            云岭资源与环境信息系统国家重点实验室               | 云岭资源与环境信息系统国家重点实验室          |
            海岳大学-青州科技公司                          | 海岳大学-青州科技公司                      |
            九三学社青州市委员会                           | 九三学社青州市委员会                       | 九三学社
            `School of Ocean Sciences, Haiyue University` | `School of Ocean Sciences, Haiyue University` | Haiyue University
            `Department of Physics, Haiyue University, Qingzhou, China` | `Department of Physics, Haiyue University` | Haiyue University
            `Key Laboratory of Glaciers, Institute of Yunling Plateau, Chinese Academy of Sciences` | `Key Laboratory of Glaciers, Institute of Yunling Plateau, Chinese Academy of Sciences` | `Institute of Yunling Plateau, Chinese Academy of Sciences < Chinese Academy of Sciences`
            `Haiyue University.`                          | Haiyue University                        |
            `Qingzhou Institute of Oceanology (QIO)`      | Qingzhou Institute of Oceanology         |
            """)
    void canonicalFormAndParents(String printed, String canonical, String parents) {
        String name = OrgNames.canonical(OrgNames.surface(printed));
        assertEquals(canonical, name);
        List<String> chain = new ArrayList<>();
        for (String p = OrgParents.of(name); p != null; p = OrgParents.of(p)) {
            p = OrgNames.canonical(p);
            chain.add(p);
        }
        assertEquals(parents == null ? "" : parents, String.join(" < ", chain));
    }
}
