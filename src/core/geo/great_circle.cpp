#include "core/geo/great_circle.hpp"

#include <algorithm>
#include <cmath>

namespace engagemap {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

struct Vec3 {
    double x, y, z;
};

Vec3 ToVector(LonLat p) {
    const double lon = p.lon * kDeg, lat = p.lat * kDeg;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

LonLat ToLonLat(Vec3 v) {
    const double r = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    if (r == 0) return {};
    const double lat = std::asin(std::clamp(v.z / r, -1.0, 1.0)) / kDeg;
    // At a pole the longitude is arbitrary: 0.
    const double lon = (std::abs(v.x) < 1e-15 && std::abs(v.y) < 1e-15) ? 0.0 : std::atan2(v.y, v.x) / kDeg;
    return {lon, lat};
}

double Dot(Vec3 a, Vec3 b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

}  // namespace

double CentralAngleDegrees(LonLat a, LonLat b) {
    return std::acos(std::clamp(Dot(ToVector(a), ToVector(b)), -1.0, 1.0)) / kDeg;
}

LonLat SlerpLonLat(LonLat a, LonLat b, double t) {
    const Vec3 va = ToVector(a), vb = ToVector(b);
    const double omega = std::acos(std::clamp(Dot(va, vb), -1.0, 1.0));
    if (omega < 1e-12) return a;
    if (kPi - omega < 1e-9) {
        // Antipodes: go over the pole nearer to `a` along its meridian (a chosen, not unique, path).
        const double lat = a.lat + t * (a.lat >= 0 ? 180.0 - 2 * a.lat : -180.0 - 2 * a.lat);
        if (lat > 90) return {b.lon, 180 - lat};
        if (lat < -90) return {b.lon, -180 - lat};
        return {a.lon, lat};
    }
    const double s = std::sin(omega);
    const double wa = std::sin((1 - t) * omega) / s, wb = std::sin(t * omega) / s;
    return ToLonLat({wa * va.x + wb * vb.x, wa * va.y + wb * vb.y, wa * va.z + wb * vb.z});
}

double RelativeLongitude(double lon, double centralMeridian) {
    double r = std::fmod(lon - centralMeridian + 180.0, 360.0);
    if (r < 0) r += 360.0;
    return r - 180.0;
}

std::vector<std::vector<LonLat>> GreatCircleArc(LonLat from, LonLat to, double fraction, double centralMeridian,
                                                double stepDegrees) {
    std::vector<std::vector<LonLat>> pieces;
    fraction = std::min(fraction, 1.0);
    if (!(fraction > 0)) return pieces;
    const double angle = CentralAngleDegrees(from, to) * fraction;
    const int steps = std::max(1, static_cast<int>(std::ceil(angle / std::max(stepDegrees, 0.01))));
    std::vector<LonLat> samples;
    samples.reserve(static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i) samples.push_back(SlerpLonLat(from, to, fraction * i / steps));
    return CutAtMapEdge(samples, centralMeridian);
}

std::vector<std::vector<LonLat>> CutAtMapEdge(const std::vector<LonLat>& line, double centralMeridian) {
    std::vector<std::vector<LonLat>> pieces;
    if (line.empty()) return pieces;
    std::vector<LonLat> samples = line;
    for (LonLat& p : samples) p.lon = RelativeLongitude(p.lon, centralMeridian);
    pieces.emplace_back();
    pieces.back().push_back(samples[0]);
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const LonLat a = samples[i - 1], b = samples[i];
        if (std::abs(b.lon - a.lon) > 180.0) {
            // Crossing the edge: end this piece on it and start the next on the other side, at the
            // latitude where the segment (unwrapped across the edge) meets it.
            const double edge = a.lon > 0 ? 180.0 : -180.0;
            const double bUnwrapped = b.lon + (a.lon > 0 ? 360.0 : -360.0);
            const double t = (edge - a.lon) / (bUnwrapped - a.lon);
            const double lat = a.lat + t * (b.lat - a.lat);
            pieces.back().push_back({edge, lat});
            pieces.emplace_back();
            pieces.back().push_back({-edge, lat});
        }
        pieces.back().push_back(b);
    }
    // A piece of one point (an endpoint exactly on the edge) draws nothing.
    pieces.erase(std::remove_if(pieces.begin(), pieces.end(), [](const auto& p) { return p.size() < 2; }), pieces.end());
    return pieces;
}

std::vector<std::vector<Vec2>> ProjectArc(ProjectionKind kind, const std::vector<std::vector<LonLat>>& pieces) {
    std::vector<std::vector<Vec2>> out;
    out.reserve(pieces.size());
    for (const auto& piece : pieces) {
        out.emplace_back();
        out.back().reserve(piece.size());
        for (const LonLat& p : piece) out.back().push_back(Project(kind, p));
    }
    return out;
}

}  // namespace engagemap
