#include "export/cairo_painters.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>

#include "core/geo/great_circle.hpp"
#include "core/geo/hit_test.hpp"

namespace engagemap {
namespace {

// The GL fill shader hatches a colour whose alpha is below 0.75 (core/timeline/status_colouring.hpp).
constexpr int kHatchAlphaBelow = 192;

void SetColour(cairo_t* cr, Rgba8 c) {
    cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0);
}
void SetOpaque(cairo_t* cr, Rgba8 c) { cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0); }

Vec2 ToScreen(const MapView& view, ProjectionKind projection, LonLat p) {
    return view.ProjectedToScreen(Project(projection, p));
}

// Adds every ring of `country` to the current path (screen pixels).
void AddCountryPath(cairo_t* cr, const CountryGeometry& country, const MapView& view, ProjectionKind projection) {
    for (const Polygon& polygon : country.polygons)
        for (const Ring& ring : polygon.rings) {
            if (ring.size() < 3) continue;
            bool first = true;
            for (const LonLat& p : ring) {
                const Vec2 s = ToScreen(view, projection, p);
                first ? cairo_move_to(cr, s.x, s.y) : cairo_line_to(cr, s.x, s.y);
                first = false;
            }
            cairo_close_path(cr);
        }
}

// Diagonal stripes over the current clip, as the fill shader draws them: lighter (mix with white,
// 0.65) where (x + y_gl) mod period < period / 2, with y_gl = viewHeight - y counted from the bottom
// (gl_FragCoord), i.e. bands along x - y = const in screen pixels.
void Hatch(cairo_t* cr, Rgba8 colour, double periodPx, double viewHeight, double x0, double y0, double x1, double y1) {
    const Rgba8 light{static_cast<uint8_t>(colour.r + (255 - colour.r) * 0.65),
                      static_cast<uint8_t>(colour.g + (255 - colour.g) * 0.65),
                      static_cast<uint8_t>(colour.b + (255 - colour.b) * 0.65), 255};
    SetOpaque(cr, light);
    cairo_set_line_width(cr, 0.5 * periodPx / std::sqrt(2.0));
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    // Band centres: x + viewHeight - y = n * period + period / 4, i.e. x - y = k for k in
    // n * period + period / 4 - viewHeight, over the box's range of x - y.
    const double phase = periodPx / 4 - viewHeight;
    const double kFirst = std::floor((x0 - y1 - phase) / periodPx) * periodPx + phase;
    for (double k = kFirst; k <= x1 - y0 + periodPx; k += periodPx) {
        cairo_move_to(cr, k + y0 - 1, y0 - 1);
        cairo_line_to(cr, k + y1 + 1, y1 + 1);
    }
    cairo_stroke(cr);
}

// Cairo's toy font face for a role.
void SelectFont(cairo_t* cr, FontRole role, float sizePx) {
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           role == FontRole::Bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    // SceneText: ascent + descent == sizePx. Font extents scale linearly with the size.
    cairo_set_font_size(cr, 1.0);
    cairo_font_extents_t unit;
    cairo_font_extents(cr, &unit);
    const double perPx = unit.ascent + unit.descent > 0 ? unit.ascent + unit.descent : 1.0;
    cairo_set_font_size(cr, sizePx / perPx);
}

}  // namespace

void PaintMapCairo(cairo_t* cr, const MapDocument& document, const std::vector<Rgba8>& colours, const MapView& view,
                   ProjectionKind projection, const MapStyle& style, float pixelScale) {
    const double scale = std::max(1.0f, pixelScale);
    cairo_save(cr);
    cairo_rectangle(cr, 0, 0, view.ViewportWidth(), view.ViewportHeight());
    cairo_clip(cr);
    SetOpaque(cr, style.background);
    cairo_paint(cr);

    // The globe: ocean inside the world outline.
    const Ring outline = WorldOutline(1.0);
    auto addOutline = [&] {
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const Vec2 s = ToScreen(view, projection, outline[i]);
            i == 0 ? cairo_move_to(cr, s.x, s.y) : cairo_line_to(cr, s.x, s.y);
        }
        cairo_close_path(cr);
    };
    addOutline();
    SetOpaque(cr, style.ocean);
    cairo_fill(cr);

    // Countries: the odd winding rule, as the tessellator fills them.
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    const double hatchPx = 6.0 * scale;
    const auto& countries = document.countries.countries;
    for (std::size_t i = 0; i < countries.size(); ++i) {
        const Rgba8 colour = i < colours.size() ? colours[i] : style.land;
        AddCountryPath(cr, countries[i], view, projection);
        SetOpaque(cr, colour);
        if (colour.a >= kHatchAlphaBelow) {
            cairo_fill(cr);
            continue;
        }
        double x0, y0, x1, y1;
        cairo_fill_extents(cr, &x0, &y0, &x1, &y1);
        cairo_fill_preserve(cr);
        cairo_save(cr);
        cairo_clip(cr);
        Hatch(cr, colour, hatchPx, view.ViewportHeight(), x0, y0, x1, y1);
        cairo_restore(cr);
    }

    // Borders: the mesh's segments (cuts at ±180° and the pole line left out), chained into
    // polylines where one segment ends where the next begins.
    cairo_set_line_width(cr, std::max(1.0, static_cast<double>(style.borderWidthPx) * scale));
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    const auto& segments = document.mesh.borderSegments;
    bool open = false;
    LonLat last{1e9, 1e9};
    for (std::size_t i = 0; i + 1 < segments.size(); i += 2) {
        const LonLat a = segments[i], b = segments[i + 1];
        if (!open || a.lon != last.lon || a.lat != last.lat) {
            const Vec2 s = ToScreen(view, projection, a);
            cairo_move_to(cr, s.x, s.y);
        }
        const Vec2 t = ToScreen(view, projection, b);
        cairo_line_to(cr, t.x, t.y);
        open = true;
        last = b;
    }
    SetOpaque(cr, style.border);
    cairo_stroke(cr);

    // The globe outline.
    addOutline();
    cairo_set_line_width(cr, std::max(1.0, static_cast<double>(style.frameWidthPx) * scale));
    SetOpaque(cr, style.frame);
    cairo_stroke(cr);

    // Markers for countries too small to see (marker.vert/.frag): a disc in the country's colour
    // with a border-coloured ring (the outer 30 % of the radius).
    ProjectedCountries projected;
    projected.Build(document.countries, projection);
    const double radius = style.markerRadiusPx * scale;
    const double minExtent = style.markerMinExtentPx * scale;
    for (int i = 0; i < static_cast<int>(projected.Size()); ++i) {
        const double extent = projected.LargestPolygonExtent(i);
        if (extent <= 0 || extent * view.Scale() >= minExtent) continue;
        const Vec2 c = view.ProjectedToScreen(projected.Label(i));
        if (c.x < -radius || c.y < -radius || c.x > view.ViewportWidth() + radius || c.y > view.ViewportHeight() + radius)
            continue;
        cairo_new_path(cr);
        cairo_arc(cr, c.x, c.y, radius, 0, 2 * M_PI);
        SetOpaque(cr, style.border);
        cairo_fill(cr);
        const Rgba8 colour = static_cast<std::size_t>(i) < colours.size() ? colours[static_cast<std::size_t>(i)] : style.land;
        cairo_arc(cr, c.x, c.y, radius * 0.7, 0, 2 * M_PI);
        SetOpaque(cr, colour);
        if (colour.a >= kHatchAlphaBelow) {
            cairo_fill(cr);
        } else {
            cairo_fill_preserve(cr);
            cairo_save(cr);
            cairo_clip(cr);
            Hatch(cr, colour, hatchPx, view.ViewportHeight(), c.x - radius, c.y - radius, c.x + radius, c.y + radius);
            cairo_restore(cr);
        }
    }
    cairo_restore(cr);
}

void PaintArcsCairo(cairo_t* cr, const std::vector<ArcStroke>& strokes, const MapView& view, ProjectionKind projection,
                    float pixelScale) {
    cairo_save(cr);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    const double dash[2] = {7.0 * pixelScale, 5.0 * pixelScale};
    for (const ArcStroke& stroke : strokes) {
        cairo_new_path(cr);
        for (const std::vector<Vec2>& piece : ProjectArc(projection, stroke.pieces)) {
            for (std::size_t i = 0; i < piece.size(); ++i) {
                const Vec2 p = view.ProjectedToScreen(piece[i]);
                if (i == 0) cairo_move_to(cr, p.x, p.y);
                else cairo_line_to(cr, p.x, p.y);
            }
        }
        cairo_set_line_width(cr, std::max(1.0, static_cast<double>(stroke.widthPx) * pixelScale));
        cairo_set_dash(cr, dash, stroke.dashed ? 2 : 0, 0);
        SetColour(cr, stroke.colour);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}

void PaintOverlaySceneCairo(cairo_t* cr, const OverlayScene& scene, const TextMeasure& layoutMeasure) {
    auto roundedRect = [cr](const PxRect& b, double r) {
        r = std::min({r, b.Width() / 2.0, b.Height() / 2.0});
        if (r <= 0) {
            cairo_rectangle(cr, b.x0, b.y0, b.Width(), b.Height());
            return;
        }
        cairo_new_sub_path(cr);
        cairo_arc(cr, b.x1 - r, b.y0 + r, r, -M_PI / 2, 0);
        cairo_arc(cr, b.x1 - r, b.y1 - r, r, 0, M_PI / 2);
        cairo_arc(cr, b.x0 + r, b.y1 - r, r, M_PI / 2, M_PI);
        cairo_arc(cr, b.x0 + r, b.y0 + r, r, M_PI, 1.5 * M_PI);
        cairo_close_path(cr);
    };
    cairo_save(cr);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING);
    for (const ScenePrimitive& item : scene.items) {
        if (const auto* r = std::get_if<SceneRect>(&item)) {
            roundedRect(r->box, r->cornerRadius);
            SetColour(cr, r->fill);
            cairo_fill(cr);
            if (r->outlineWidth > 0) {
                roundedRect(r->box, r->cornerRadius);
                SetColour(cr, r->outline);
                cairo_set_line_width(cr, r->outlineWidth);
                cairo_stroke(cr);
            }
        } else if (const auto* l = std::get_if<SceneLine>(&item)) {
            cairo_move_to(cr, l->x0, l->y0);
            cairo_line_to(cr, l->x1, l->y1);
            SetColour(cr, l->colour);
            cairo_set_line_width(cr, l->width);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
            cairo_stroke(cr);
        } else if (const auto* t = std::get_if<SceneText>(&item)) {
            cairo_save(cr);
            SelectFont(cr, t->role, t->sizePx);
            cairo_font_extents_t fe;
            cairo_font_extents(cr, &fe);
            double stretch = 1.0;
            if (layoutMeasure) {
                cairo_text_extents_t te;
                cairo_text_extents(cr, t->text.c_str(), &te);
                const double wanted = layoutMeasure(t->text, t->role, t->sizePx).width;
                if (te.x_advance > 0 && wanted > 0) stretch = std::clamp(wanted / te.x_advance, 0.9, 1.1);
            }
            cairo_translate(cr, t->x, t->y + fe.ascent);
            cairo_scale(cr, stretch, 1.0);
            if (t->halo && t->haloWidth > 0) {
                cairo_move_to(cr, 0, 0);
                cairo_text_path(cr, t->text.c_str());
                SetColour(cr, t->haloColour);
                cairo_set_line_width(cr, 2.0 * t->haloWidth);
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
                cairo_stroke(cr);
            }
            cairo_move_to(cr, 0, 0);
            SetColour(cr, t->colour);
            cairo_show_text(cr, t->text.c_str());
            cairo_new_path(cr);
            cairo_restore(cr);
        } else if (const auto* s = std::get_if<SceneSwatch>(&item)) {
            cairo_rectangle(cr, s->box.x0, s->box.y0, s->box.Width(), s->box.Height());
            SetColour(cr, s->fill);
            cairo_fill(cr);
            if (s->hatched && s->hatchSpacing > 0) {
                cairo_save(cr);
                cairo_rectangle(cr, s->box.x0, s->box.y0, s->box.Width(), s->box.Height());
                cairo_clip(cr);
                SetColour(cr, s->hatchColour);
                cairo_set_line_width(cr, std::max(1.0f, s->outlineWidth));
                for (float x = s->box.x0 - s->box.Height(); x < s->box.x1; x += s->hatchSpacing) {
                    cairo_move_to(cr, x, s->box.y1);
                    cairo_line_to(cr, x + s->box.Height(), s->box.y0);
                }
                cairo_stroke(cr);
                cairo_restore(cr);
            }
            if (s->outlineWidth > 0) {
                cairo_rectangle(cr, s->box.x0, s->box.y0, s->box.Width(), s->box.Height());
                SetColour(cr, s->outline);
                cairo_set_line_width(cr, s->outlineWidth);
                cairo_stroke(cr);
            }
        }
    }
    cairo_restore(cr);
}

}  // namespace engagemap
