#include "raster/cpu_map_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include <sys/mman.h>

#include "core/geo/great_circle.hpp"
#include "raster/parallel_rows.hpp"
#include "raster/stroke_coverage.hpp"
#include "raster/triangle_spans.hpp"

namespace engagemap {
namespace {

using raster::PxPoint;

constexpr int kBorderShift = 0;
// Below this many pixels a raster is drawn on one thread (starting threads would cost more).
constexpr size_t kParallelPixels = 256 * 256;
constexpr int kFrameShift = 4;
// From this many pixels countries are filled by scanline over their rings (ProjectRings).
constexpr size_t kRingFillPixels = 512 * 512;
constexpr int kLineCodes = 128;  // line byte values 0..0x7f index the colour table

PxPoint ToPx(const MapView& view, Vec2 projected) {
    const Vec2 s = view.ProjectedToScreen(projected);
    return PxPoint{s.x, s.y};
}

// a + (b - a) * t per channel, rounded as a GL unorm8 store rounds.
Rgba8 Mix(Rgba8 a, Rgba8 b, double t) {
    auto m = [t](uint8_t x, uint8_t y) { return static_cast<uint8_t>(std::lround(x + (y - x) * t)); };
    return Rgba8{m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

// Fill colours are drawn opaque (fill.frag writes alpha 1); alpha only flags uncertainty.
Rgba8 Opaque(Rgba8 c) { return Rgba8{c.r, c.g, c.b, 255}; }

// colour_table.glsl's HatchIfUncertain: uncertain (alpha < 0.75) stripes mix 65 % white.
bool Uncertain(Rgba8 c) { return c.a / 255.0 < 0.75; }
Rgba8 HatchStripe(Rgba8 c) {
    auto w = [](uint8_t x) { return static_cast<uint8_t>(std::lround((x / 255.0 + (1.0 - x / 255.0) * 0.65) * 255.0)); };
    return Rgba8{w(c.r), w(c.g), w(c.b), 255};
}

// Gives `v` room for `n` elements and, for a new big buffer, asks for transparent huge pages
// before its first touch: a 4K frame is ~60 MB of rasters and image, and faulting it in 4 KiB
// pages was a large part of an export on these VMs (evidence: 647 -> 33 ms for 132 MiB).
template <class T>
void ReserveBig(std::vector<T>& v, size_t n) {
    if (v.capacity() >= n) return;
    std::vector<T>().swap(v);
    v.reserve(n);
    constexpr uintptr_t kHuge = 2u << 20;
    const auto begin = (reinterpret_cast<uintptr_t>(v.data()) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<uintptr_t>(v.data()) + n * sizeof(T)) & ~(kHuge - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace

std::vector<RasterMarker> MarkersFor(const ProjectedCountries& projected) {
    std::vector<RasterMarker> markers;
    for (int i = 0; i < static_cast<int>(projected.Size()); ++i) {
        if (projected.LargestPolygonExtent(i) <= 0) continue;  // nothing drawn: nothing to mark
        markers.push_back(RasterMarker{projected.Label(i), projected.LargestPolygonExtent(i), static_cast<uint16_t>(i)});
    }
    return markers;
}

void CpuMapRenderer::SetMesh(const MapMesh& mesh, size_t countryCount) {
    mesh_ = &mesh;
    countryCount_ = countryCount;
    ++meshVersion_;
    projected_ = false;
}

void CpuMapRenderer::SetProjection(ProjectionKind projection) {
    if (projection == projection_) return;
    projection_ = projection;
    projected_ = false;
}

void CpuMapRenderer::SetCountryRings(const CountrySet* countries) {
    countryRings_ = countries;
    projected_ = false;
}

void CpuMapRenderer::SetMarkers(std::vector<RasterMarker> markers) {
    markers_ = std::move(markers);
    key_.reset();
}

void CpuMapRenderer::Project() {
    // Every position projected once into points_; triangles and segments refer to them by index
    // (the mesh file's own index when it has one: ~4x fewer positions than vertices).
    const Ring outline = WorldOutline(1.0);
    points_.clear();
    fillRef_.clear();
    fillId_.clear();
    borderRef_.clear();
    if (mesh_ && mesh_->Indexed()) {
        points_.resize(mesh_->positions.size());
        for (size_t i = 0; i < points_.size(); ++i) points_[i] = engagemap::Project(projection_, mesh_->positions[i]);
    } else if (mesh_) {
        points_.reserve(mesh_->fillVertices.size() + mesh_->borderSegments.size());
        for (const LonLat& p : mesh_->fillVertices) points_.push_back(engagemap::Project(projection_, p));
        for (const LonLat& p : mesh_->borderSegments) points_.push_back(engagemap::Project(projection_, p));
    }
    ringsOf_.clear();  // projected when a raster is big enough to want them (ProjectRings)
    // The globe: the densified world outline, filled in the ocean's id before the countries (the
    // GL renderer draws it as a fan of triangles: the same pixels, raster/triangle_spans.hpp).
    outline_.clear();
    for (const LonLat& p : outline) {
        outline_.push_back(static_cast<uint32_t>(points_.size()));
        points_.push_back(engagemap::Project(projection_, p));
    }
    const size_t meshVertices = mesh_ ? mesh_->fillVertices.size() : 0;
    fillRef_.reserve(meshVertices);
    fillId_.reserve(meshVertices);
    if (mesh_ && mesh_->Indexed()) {
        fillRef_.insert(fillRef_.end(), mesh_->fillIndex.begin(), mesh_->fillIndex.end());
        borderRef_ = mesh_->borderIndex;
    } else if (mesh_) {
        for (uint32_t i = 0; i < meshVertices; ++i) fillRef_.push_back(i);
        for (size_t i = 0; i < mesh_->borderSegments.size(); ++i) borderRef_.push_back(static_cast<uint32_t>(meshVertices + i));
    }
    if (mesh_) fillId_.insert(fillId_.end(), mesh_->fillCountry.begin(), mesh_->fillCountry.end());
    projected_ = true;
    key_.reset();
}

void CpuMapRenderer::ProjectRings() {
    // The countries' rings, filled by scanline (see SetCountryRings), appended to points_.
    if (!ringsOf_.empty() || !countryRings_ || !mesh_ || !mesh_->warnings.empty() ||
        countryRings_->countries.size() != countryCount_)
        return;
    ringsOf_.resize(countryCount_);
    for (size_t c = 0; c < countryCount_; ++c)
        for (const Polygon& polygon : countryRings_->countries[c].polygons)
            for (const Ring& source : polygon.rings) {
                const Ring ring = DensifyRing(source);
                ringsOf_[c].emplace_back(static_cast<uint32_t>(points_.size()), static_cast<uint32_t>(ring.size()));
                for (const LonLat& p : ring) points_.push_back(engagemap::Project(projection_, p));
            }
}

void CpuMapRenderer::BuildRasters(const MapView& view, const MapStyle& style, float pixelScale) {
    const int w = static_cast<int>(std::lround(view.ViewportWidth()));
    const int h = static_cast<int>(std::lround(view.ViewportHeight()));
    MapRasters& r = rasters_;
    r.width = w;
    r.height = h;
    r.oceanId = static_cast<uint16_t>(countryCount_);
    r.backgroundId = static_cast<uint16_t>(countryCount_ + 1);
    const size_t pixels = static_cast<size_t>(w) * static_cast<size_t>(h);
    const bool wideIds = countryCount_ + 2 > 256;
    if (wideIds) {
        std::vector<uint8_t>().swap(r.id8);
        ReserveBig(r.id16, pixels);
        r.id16.resize(pixels);
    } else {
        std::vector<uint16_t>().swap(r.id16);
        ReserveBig(r.id8, pixels);
        r.id8.resize(pixels);
    }
    ReserveBig(r.lines, pixels);
    r.lines.resize(pixels);
    const double scale = std::max(1.0f, pixelScale);
    const double borderHalf = 0.5 * std::max(1.0, static_cast<double>(style.borderWidthPx) * pixelScale);
    const double frameHalf = 0.5 * std::max(1.0, static_cast<double>(style.frameWidthPx) * pixelScale);
    const double radius = style.markerRadiusPx * scale;
    const double minExtent = style.markerMinExtentPx * scale;
    const raster::CoverageTarget borders{r.lines.data(), w, h, kBorderShift};
    const raster::CoverageTarget frame{r.lines.data(), w, h, kFrameShift};
    // Over the cores in interleaved blocks of rows (raster/parallel_rows.hpp: RowBlocks): each
    // part draws every triangle, stroke and marker clipped to its rows, in the same order and with
    // the same arithmetic, so the rasters do not depend on the number of threads.
    const int parts = pixels >= kParallelPixels ? std::min(raster::RasterThreads(), h) : 1;
    // Small rasters fill the triangles (most are then under a pixel: no rows to cross), big ones
    // the rings, whose projection only pays off there (a 64x64 cold start would spend ~4 ms on it).
    const bool ringFill = pixels >= kRingFillPixels;
    if (ringFill) ProjectRings();
    // Every point on screen once (each band then reads the same values).
    screen_.resize(points_.size());
    raster::RunParts(parts, [&](int part, int count) {
        const size_t begin = points_.size() * static_cast<size_t>(part) / static_cast<size_t>(count);
        const size_t end = points_.size() * static_cast<size_t>(part + 1) / static_cast<size_t>(count);
        for (size_t i = begin; i < end; ++i) screen_[i] = ToPx(view, points_[i]);
    });
    const raster::PolygonSpans globe(outline_.size(), [&](size_t i) { return screen_[outline_[i]]; }, h);
    std::vector<raster::PolygonSpans> countryFills(ringFill ? ringsOf_.size() : 0);
    raster::RunParts(parts, [&](int part, int count) {
        for (size_t c = static_cast<size_t>(part); c < countryFills.size(); c += static_cast<size_t>(count))
            for (const auto& [first, n] : ringsOf_[c])
                countryFills[c].AddRing(n, [&, first = first](size_t i) { return screen_[first + i]; }, h);
    });
    // The same drawing into one- or two-byte ids.
    auto draw = [&](auto* ids) {
    using Id = std::remove_pointer_t<decltype(ids)>;
    raster::RunParts(parts, [&](int part, int count) {
        // Interleaved blocks of rows (RowBlocks): each primitive is drawn clipped to the blocks of
        // this part it meets; a pixel gets the same value whichever part draws it.
        const raster::RowBlocks rows{part, count, h};
        rows.ForEach(0, h, [&](int y0, int y1) {
            const size_t first = static_cast<size_t>(y0) * static_cast<size_t>(w);
            const size_t last = static_cast<size_t>(y1) * static_cast<size_t>(w);
            std::fill(ids + first, ids + last, static_cast<Id>(r.backgroundId));
            std::fill(r.lines.begin() + static_cast<std::ptrdiff_t>(first),
                      r.lines.begin() + static_cast<std::ptrdiff_t>(last), uint8_t{0});
        });
        // Fill: the globe, then the countries in order (a later one over an earlier one), as the GL
        // draw order: over their rings when a big raster has them, else over their triangles.
        rows.ForEach(0, h, [&](int y0, int y1) {
            globe.ForEach(0, y0, w, y1, [&](int y, int x0, int x1) {
                Id* row = ids + static_cast<size_t>(y) * static_cast<size_t>(w);
                std::fill(row + x0, row + x1, static_cast<Id>(r.oceanId));
            });
        });
        for (size_t c = 0; c < countryFills.size(); ++c) {
            const raster::PolygonSpans& fill = countryFills[c];
            const auto id = static_cast<Id>(c);
            rows.ForEach(fill.RowBegin(), fill.RowEnd(), [&](int y0, int y1) {
                fill.ForEach(0, y0, w, y1, [&](int y, int x0, int x1) {
                    Id* row = ids + static_cast<size_t>(y) * static_cast<size_t>(w);
                    std::fill(row + x0, row + x1, id);
                });
            });
        }
        if (countryFills.empty())
            for (size_t t = 0; t + 2 < fillRef_.size(); t += 3) {
                const auto id = static_cast<Id>(fillId_[t]);
                const PxPoint& a = screen_[fillRef_[t]];
                const PxPoint& b = screen_[fillRef_[t + 1]];
                const PxPoint& c = screen_[fillRef_[t + 2]];
                rows.ForEachOver(std::min({a.y, b.y, c.y}), std::max({a.y, b.y, c.y}), [&](int y0, int y1) {
                    raster::ForEachTriangleSpan(a, b, c, 0, y0, w, y1, [&](int y, int x0, int x1) {
                        Id* row = ids + static_cast<size_t>(y) * static_cast<size_t>(w);
                        std::fill(row + x0, row + x1, id);
                    });
                });
            }
        auto stroke = [&](const raster::CoverageTarget& target, const PxPoint& a, const PxPoint& b, double half) {
            rows.ForEachOver(std::min(a.y, b.y) - half, std::max(a.y, b.y) + half,
                             [&](int y0, int y1) { raster::StrokeSegment(target, a, b, half, y0, y1); });
        };
        for (size_t i = 0; i + 1 < borderRef_.size(); i += 2)
            stroke(borders, screen_[borderRef_[i]], screen_[borderRef_[i + 1]], borderHalf);
        for (size_t i = 0; i < outline_.size(); ++i)
            stroke(frame, screen_[outline_[i]], screen_[outline_[(i + 1) % outline_.size()]], frameHalf);
        // Markers: a disc in the country's colour with a ring in the border colour (marker.frag).
        for (const RasterMarker& m : markers_) {
            if (m.extent * view.Scale() >= minExtent) continue;
            const PxPoint c = ToPx(view, m.centre);
            const int mx0 = std::max(0, static_cast<int>(std::floor(c.x - radius)));
            const int mx1 = std::min(w, static_cast<int>(std::ceil(c.x + radius)) + 1);
            rows.ForEachOver(c.y - radius, c.y + radius, [&](int y0, int y1) {
                const int my0 = std::max(y0, static_cast<int>(std::floor(c.y - radius)));
                const int my1 = std::min(y1, static_cast<int>(std::ceil(c.y + radius)) + 1);
                for (int y = my0; y < my1; ++y)
                    for (int x = mx0; x < mx1; ++x) {
                        const double d = std::hypot(x + 0.5 - c.x, y + 0.5 - c.y) / radius;
                        if (d > 1.0) continue;
                        const size_t i = static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x);
                        ids[i] = static_cast<Id>(m.country);
                        r.lines[i] = d > 0.7 ? static_cast<uint8_t>(raster::kCoverageLevels << kBorderShift) : 0;
                    }
            });
        }
    });
    };
    if (wideIds)
        draw(r.id16.data());
    else
        draw(r.id8.data());
    ++rasterBuilds_;
}

void CpuMapRenderer::DrawArcs(const MapView& view, float pixelScale, RgbaImage& image) {
    const int w = image.width, h = image.height;
    const float scale = std::max(1.0f, pixelScale);
    const double dash = 7.0 * scale, gap = 5.0 * scale;
    arcCoverage_.assign(static_cast<size_t>(w) * static_cast<size_t>(h), 0);
    std::vector<size_t> touched;
    for (const ArcStroke& arc : arcs_) {
        const double halfWidth = std::max(0.5, 0.5 * arc.widthPx * scale);
        const double reach = halfWidth + 0.5;
        touched.clear();
        double before = 0;  // pixels along the arc before the current segment
        for (const std::vector<Vec2>& piece : ProjectArc(projection_, arc.pieces)) {
            for (size_t k = 1; k < piece.size(); ++k) {
                const PxPoint a = ToPx(view, piece[k - 1]), b = ToPx(view, piece[k]);
                const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
                const double ux = len > 1e-6 ? dx / len : 1.0, uy = len > 1e-6 ? dy / len : 0.0;
                const int x0 = std::max(0, static_cast<int>(std::floor(std::min(a.x, b.x) - reach)));
                const int x1 = std::min(w, static_cast<int>(std::ceil(std::max(a.x, b.x) + reach)) + 1);
                const int y0 = std::max(0, static_cast<int>(std::floor(std::min(a.y, b.y) - reach)));
                const int y1 = std::min(h, static_cast<int>(std::ceil(std::max(a.y, b.y) + reach)) + 1);
                for (int y = y0; y < y1; ++y)
                    for (int x = x0; x < x1; ++x) {
                        const double px = x + 0.5 - a.x, py = y + 0.5 - a.y;
                        const double along = std::clamp(px * ux + py * uy, 0.0, len);
                        const double d = std::hypot(px - along * ux, py - along * uy);
                        double c = raster::StrokeCoverage(d, halfWidth);
                        if (c <= 0) continue;
                        if (arc.dashed) {
                            const double m = std::fmod(before + along, dash + gap);
                            c *= std::clamp(dash - m + 0.5, 0.0, 1.0) * std::clamp(m + 0.5, 0.0, 1.0);
                        }
                        const auto level = static_cast<uint8_t>(std::lround(c * 255.0));
                        const size_t i = static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x);
                        if (level > arcCoverage_[i]) {
                            if (arcCoverage_[i] == 0) touched.push_back(i);
                            arcCoverage_[i] = level;
                        }
                    }
                before += len;
            }
        }
        // Blended once per arc (GL: SRC_ALPHA, ONE_MINUS_SRC_ALPHA; alpha ONE, ONE_MINUS_SRC_ALPHA).
        for (size_t i : touched) {
            const double a = arc.colour.a / 255.0 * arcCoverage_[i] / 255.0;
            uint8_t* p = &image.pixels[i * 4];
            const uint8_t src[3] = {arc.colour.r, arc.colour.g, arc.colour.b};
            for (int k = 0; k < 3; ++k) p[k] = static_cast<uint8_t>(std::lround(src[k] * a + p[k] * (1 - a)));
            p[3] = static_cast<uint8_t>(std::lround(255.0 * a + p[3] * (1 - a)));
            arcCoverage_[i] = 0;
        }
    }
}

void CpuMapRenderer::PrepareFrame(const MapView& view, const MapStyle& style, float pixelScale,
                                  const std::vector<Rgba8>& colours) {
    if (!projected_) Project();
    const int w = static_cast<int>(std::lround(view.ViewportWidth()));
    const int h = static_cast<int>(std::lround(view.ViewportHeight()));
    const Key key{view.Center().x, view.Center().y, view.Scale(), w, h, projection_, style.borderWidthPx,
                  style.frameWidthPx, style.markerRadiusPx, style.markerMinExtentPx, pixelScale, meshVersion_};
    if (!key_ || !(*key_ == key)) {
        BuildRasters(view, style, pixelScale);
        key_ = key;
    }
    framePixelScale_ = pixelScale;

    // The palette: per id, two hatch phases, per line code (border and outline levels).
    const size_t ids = countryCount_ + 2;
    std::vector<Rgba8> base(ids), stripe(ids);
    hatched_.assign(ids, 0);
    for (size_t i = 0; i < countryCount_; ++i) {
        const Rgba8 c = i < colours.size() ? colours[i] : style.land;
        base[i] = Opaque(c);
        hatched_[i] = Uncertain(c) ? 1 : 0;
        stripe[i] = hatched_[i] ? HatchStripe(c) : base[i];
    }
    base[countryCount_] = stripe[countryCount_] = Opaque(style.ocean);
    base[countryCount_ + 1] = stripe[countryCount_ + 1] = Opaque(style.background);
    // Only the codes the rasters hold (each level 0..kCoverageLevels); the others are never read.
    // An id that is not hatched has the same colours in both phases.
    colourTable_.assign(ids * 2 * kLineCodes, Rgba8{});
    for (size_t i = 0; i < ids; ++i)
        for (int phase = 0; phase < 2; ++phase) {
            Rgba8* entries = &colourTable_[(i * 2 + static_cast<size_t>(phase)) * kLineCodes];
            if (phase == 1 && !hatched_[i]) {
                std::copy(entries - kLineCodes, entries, entries);
                continue;
            }
            for (int border = 0; border <= raster::kCoverageLevels; ++border)
                for (int frame = 0; frame <= raster::kCoverageLevels; ++frame) {
                    Rgba8 c = phase ? stripe[i] : base[i];
                    if (border) c = Mix(c, style.border, static_cast<double>(border) / raster::kCoverageLevels);
                    if (frame) c = Mix(c, style.frame, static_cast<double>(frame) / raster::kCoverageLevels);
                    entries[(border << kBorderShift) | (frame << kFrameShift)] = c;
                }
        }
}

template <class Id>
void CpuMapRenderer::ColourRowsOf(const Id* idOf, int yBegin, int yEnd, uint8_t* out) const {
    const int w = rasters_.width, h = rasters_.height;
    const double period = 6.0 * std::max(1.0f, framePixelScale_);  // u_hatchPx
    const bool integerPeriod = period == std::floor(period);
    const auto iperiod = static_cast<long>(period);
    // Raw pointers in locals: the stores through `out` (bytes, which may alias anything) would
    // otherwise make the compiler reload every vector's data pointer per pixel.
    const uint8_t* lines = rasters_.lines.data();
    const uint8_t* hatched = hatched_.data();
    const Rgba8* colourOf = colourTable_.data();
    for (int y = yBegin; y < yEnd; ++y) {
        const size_t rowStart = static_cast<size_t>(y) * static_cast<size_t>(w);
        uint8_t* row = out + static_cast<size_t>(y - yBegin) * static_cast<size_t>(w) * 4;
        // The hatch phase from gl_FragCoord.x + gl_FragCoord.y (GL's rows counted from the
        // bottom): s = x + h - y; with an integer period, s mod period is counted along the
        // row and s mod period < period / 2 is 2 (s mod period) < period.
        long sMod = integerPeriod ? (static_cast<long>(h) - y) % iperiod : 0;
        for (int x = 0; x < w; ++x) {
            const size_t i = rowStart + static_cast<size_t>(x);
            const size_t id = idOf[i];
            size_t phase = 0;
            if (hatched[id])
                phase = integerPeriod ? (2 * sMod < iperiod)
                                      : (std::fmod(static_cast<double>(static_cast<long>(x) + h - y), period) < 0.5 * period);
            if (integerPeriod && ++sMod == iperiod) sMod = 0;
            std::memcpy(row + static_cast<size_t>(x) * 4,
                        &colourOf[(id * 2 + phase) * kLineCodes + (lines[i] & 0x7f)], 4);
        }
    }
}

void CpuMapRenderer::ColourRows(int yBegin, int yEnd, uint8_t* out) const {
    if (rasters_.id16.empty())
        ColourRowsOf(rasters_.id8.data(), yBegin, yEnd, out);
    else
        ColourRowsOf(rasters_.id16.data(), yBegin, yEnd, out);
}


void CpuMapRenderer::Render(const MapView& view, const MapStyle& style, float pixelScale,
                            const std::vector<Rgba8>& colours, RgbaImage& image) {
    PrepareFrame(view, style, pixelScale, colours);
    const int w = rasters_.width, h = rasters_.height;
    image.width = w;
    image.height = h;
    ReserveBig(image.pixels, static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    image.pixels.resize(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    uint8_t* out = image.pixels.data();
    // Contiguous bands of rows, one per thread (parallel_rows.hpp: the pixels do not depend on it).
    raster::RunParts(h >= 256 ? raster::RasterThreads() : 1, [&](int part, int parts) {
        const int yBegin = static_cast<int>(static_cast<long>(h) * part / parts);
        const int yEnd = static_cast<int>(static_cast<long>(h) * (part + 1) / parts);
        ColourRows(yBegin, yEnd, out + static_cast<size_t>(yBegin) * static_cast<size_t>(w) * 4);
    });
    if (!arcs_.empty()) DrawArcs(view, pixelScale, image);
}

}  // namespace engagemap
