// Forward map projections on the unit sphere (R = 1). Formulas follow PROJ (eqearth, robin,
// natearth, eqc, merc) so that results agree with PROJ to ~1e-12; the tests check this through
// GDAL/OGR.
#include "core/geo/projection.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace engagemap {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;

struct ProjectionInfo {
    ProjectionKind kind;
    const char* name;
    const char* id;
};

constexpr ProjectionInfo kInfo[] = {
    {ProjectionKind::EqualEarth, "Equal Earth", "equal-earth"},
    {ProjectionKind::Robinson, "Robinson", "robinson"},
    {ProjectionKind::NaturalEarth, "Natural Earth", "natural-earth"},
    {ProjectionKind::Equirectangular, "Equirectangular", "equirectangular"},
    {ProjectionKind::WebMercator, "Web Mercator", "web-mercator"},
};

const ProjectionInfo* FindInfo(ProjectionKind kind) {
    for (const auto& info : kInfo)
        if (info.kind == kind) return &info;
    return nullptr;
}

// ---- Equal Earth (Šavrič, Patterson & Jenny 2018), spherical form ----------------------------
constexpr double kEqA1 = 1.340264;
constexpr double kEqA2 = -0.081106;
constexpr double kEqA3 = 0.000893;
constexpr double kEqA4 = 0.003796;
const double kEqM = std::sqrt(3.0) / 2.0;

Vec2 EqualEarth(double lam, double phi) {
    const double theta = std::asin(kEqM * std::sin(phi));
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double x = lam * std::cos(theta) /
                     (kEqM * (kEqA1 + 3.0 * kEqA2 * t2 + t6 * (7.0 * kEqA3 + 9.0 * kEqA4 * t2)));
    const double y = theta * (kEqA1 + kEqA2 * t2 + t6 * (kEqA3 + kEqA4 * t2));
    return {x, y};
}

// ---- Robinson: PROJ's table (5° nodes, cubic per interval). The coefficients are stored as
// float in PROJ; they are kept as float here too so that the values match PROJ bit for bit.
struct RobinCoefs {
    float c0, c1, c2, c3;
};

constexpr RobinCoefs kRobinX[] = {
    {1.0f, 2.2199e-17f, -7.15515e-05f, 3.1103e-06f},
    {0.9986f, -0.000482243f, -2.4897e-05f, -1.3309e-06f},
    {0.9954f, -0.00083103f, -4.48605e-05f, -9.86701e-07f},
    {0.99f, -0.00135364f, -5.9661e-05f, 3.6777e-06f},
    {0.9822f, -0.00167442f, -4.49547e-06f, -5.72411e-06f},
    {0.973f, -0.00214868f, -9.03571e-05f, 1.8736e-08f},
    {0.96f, -0.00305085f, -9.00761e-05f, 1.64917e-06f},
    {0.9427f, -0.00382792f, -6.53386e-05f, -2.6154e-06f},
    {0.9216f, -0.00467746f, -0.00010457f, 4.81243e-06f},
    {0.8962f, -0.00536223f, -3.23831e-05f, -5.43432e-06f},
    {0.8679f, -0.00609363f, -0.000113898f, 3.32484e-06f},
    {0.835f, -0.00698325f, -6.40253e-05f, 9.34959e-07f},
    {0.7986f, -0.00755338f, -5.00009e-05f, 9.35324e-07f},
    {0.7597f, -0.00798324f, -3.5971e-05f, -2.27626e-06f},
    {0.7186f, -0.00851367f, -7.01149e-05f, -8.6303e-06f},
    {0.6732f, -0.00986209f, -0.000199569f, 1.91974e-05f},
    {0.6213f, -0.010418f, 8.83923e-05f, 6.24051e-06f},
    {0.5722f, -0.00906601f, 0.000182f, 6.24051e-06f},
    {0.5322f, -0.00677797f, 0.000275608f, 6.24051e-06f},
};

constexpr RobinCoefs kRobinY[] = {
    {-5.20417e-18f, 0.0124f, 1.21431e-18f, -8.45284e-11f},
    {0.062f, 0.0124f, -1.26793e-09f, 4.22642e-10f},
    {0.124f, 0.0124f, 5.07171e-09f, -1.60604e-09f},
    {0.186f, 0.0123999f, -1.90189e-08f, 6.00152e-09f},
    {0.248f, 0.0124002f, 7.10039e-08f, -2.24e-08f},
    {0.31f, 0.0123992f, -2.64997e-07f, 8.35986e-08f},
    {0.372f, 0.0124029f, 9.88983e-07f, -3.11994e-07f},
    {0.434f, 0.0123893f, -3.69093e-06f, -4.35621e-07f},
    {0.4958f, 0.0123198f, -1.02252e-05f, -3.45523e-07f},
    {0.5571f, 0.0121916f, -1.54081e-05f, -5.82288e-07f},
    {0.6176f, 0.0119938f, -2.41424e-05f, -5.25327e-07f},
    {0.6769f, 0.011713f, -3.20223e-05f, -5.16405e-07f},
    {0.7346f, 0.0113541f, -3.97684e-05f, -6.09052e-07f},
    {0.7903f, 0.0109107f, -4.89042e-05f, -1.04739e-06f},
    {0.8435f, 0.0103431f, -6.4615e-05f, -1.40374e-09f},
    {0.8936f, 0.00969686f, -6.4636e-05f, -8.547e-06f},
    {0.9394f, 0.00840947f, -0.000192841f, -4.2106e-06f},
    {0.9761f, 0.00616527f, -0.000256f, -4.2106e-06f},
    {1.0f, 0.00328947f, -0.000319159f, -4.2106e-06f},
};

constexpr double kRobinFxc = 0.8487;
constexpr double kRobinFyc = 1.3523;
constexpr double kRobinC1 = 11.45915590261646417544;  // 1 / 5° in radians
constexpr double kRobinRc1 = 0.08726646259971647884;  // 5° in radians
constexpr long kRobinNodes = 18;

double RobinV(const RobinCoefs& c, double z) {
    return c.c0 + z * (c.c1 + z * (c.c2 + z * c.c3));
}

Vec2 Robinson(double lam, double phi) {
    double dphi = std::fabs(phi);
    // The 1e-15 nudge (as in PROJ) puts exact 5° nodes into the upper interval.
    long i = std::lround(std::floor(dphi * kRobinC1 + 1e-15));
    i = std::clamp(i, 0L, kRobinNodes);
    dphi = kRadToDeg * (dphi - kRobinRc1 * static_cast<double>(i));  // degrees into the interval
    const double x = RobinV(kRobinX[i], dphi) * kRobinFxc * lam;
    double y = RobinV(kRobinY[i], dphi) * kRobinFyc;
    if (phi < 0.0) y = -y;
    return {x, y};
}

// ---- Natural Earth I, polynomial form (PROJ natearth) ----------------------------------------
constexpr double kNeA0 = 0.8707, kNeA1 = -0.131979, kNeA2 = -0.013791, kNeA3 = 0.003971,
                 kNeA4 = -0.001529;
constexpr double kNeB0 = 1.007226, kNeB1 = 0.015085, kNeB2 = -0.044475, kNeB3 = 0.028874,
                 kNeB4 = -0.005916;

Vec2 NaturalEarth(double lam, double phi) {
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    const double x =
        lam * (kNeA0 + phi2 * (kNeA1 + phi2 * (kNeA2 + phi4 * phi2 * (kNeA3 + phi2 * kNeA4))));
    const double y = phi * (kNeB0 + phi2 * (kNeB1 + phi4 * (kNeB2 + kNeB3 * phi2 + kNeB4 * phi4)));
    return {x, y};
}

Vec2 WebMercator(double lam, double phi) {
    const double maxPhi = kWebMercatorMaxLat * kDegToRad;
    phi = std::clamp(phi, -maxPhi, maxPhi);
    return {lam, std::asinh(std::tan(phi))};
}

}  // namespace

const char* ProjectionName(ProjectionKind kind) {
    const ProjectionInfo* info = FindInfo(kind);
    return info ? info->name : "Unknown";
}

const char* ProjectionId(ProjectionKind kind) {
    const ProjectionInfo* info = FindInfo(kind);
    return info ? info->id : "unknown";
}

std::optional<ProjectionKind> ParseProjectionId(std::string_view id) {
    for (const auto& info : kInfo)
        if (id == info.id) return info.kind;
    return std::nullopt;
}

Vec2 Project(ProjectionKind kind, LonLat p) {
    const double lam = p.lon * kDegToRad;
    const double phi = std::clamp(p.lat, -90.0, 90.0) * kDegToRad;
    switch (kind) {
        case ProjectionKind::EqualEarth: return EqualEarth(lam, phi);
        case ProjectionKind::Robinson: return Robinson(lam, phi);
        case ProjectionKind::NaturalEarth: return NaturalEarth(lam, phi);
        case ProjectionKind::Equirectangular: return {lam, phi};
        case ProjectionKind::WebMercator: return WebMercator(lam, phi);
    }
    return {lam, phi};
}

ProjectedBox WorldBounds(ProjectionKind kind) {
    // For all supported projections the widest parallel is the equator and the y extent is
    // reached at the poles (or Web Mercator's latitude limit), and the map is symmetric.
    const double maxX = Project(kind, {180.0, 0.0}).x;
    double maxY = Project(kind, {0.0, 90.0}).y;
    if (kind == ProjectionKind::Robinson) {
        // PROJ's last table interval overshoots the pole value slightly (by ~7e-8): the true
        // maximum is the end of interval 17, approached just south of 90°.
        maxY = std::max(maxY, RobinV(kRobinY[kRobinNodes - 1], 5.0) * kRobinFyc);
    }
    return {-maxX, -maxY, maxX, maxY};
}

Ring WorldOutline(double stepDeg) {
    if (!(stepDeg > 0.0) || !std::isfinite(stepDeg)) stepDeg = 1.0;
    const int n = std::max(1, static_cast<int>(std::ceil(180.0 / stepDeg - 1e-9)));
    Ring ring;
    ring.reserve(2 * static_cast<size_t>(n + 1));
    // West edge, south to north.
    for (int i = 0; i <= n; ++i) {
        const double lat = (i == n) ? 90.0 : -90.0 + 180.0 * i / n;
        ring.push_back({-180.0, lat});
    }
    // East edge, north to south.
    for (int i = 0; i <= n; ++i) {
        const double lat = (i == n) ? -90.0 : 90.0 - 180.0 * i / n;
        ring.push_back({180.0, lat});
    }
    return ring;
}

}  // namespace engagemap
