#!/usr/bin/python3
"""Renders the countries of an OGR layer with mapnik the way `engagemap --export --projection
equirectangular` draws the base map: same extent and margin, region colours
(src/core/style/map_style.cpp), ocean, land, border and frame colours and widths (MapStyle),
EPSG:4326 lon/lat. Used by scripts/compare-mapnik; needs Debian's python3-mapnik, so run it with
/usr/bin/python3 (a pyenv python3 on PATH has no mapnik).

  render_countries.py GPKG LAYER OUT.png WIDTH HEIGHT [RUNS]

Prints one line per run: "render_ms <ms>" (render + PNG encode, map already set up).
"""
import json
import os
import sys
import tempfile
import time

import mapnik

# MapStyle (src/core/style/map_style.hpp) and RegionColours (map_style.cpp).
BACKGROUND = "#F4F1EA"
OCEAN = "#CFE3EE"
LAND = "#E3DED3"
BORDER = "#5E6670"
FRAME = "#8A9AA8"
REGIONS = {"Africa": "#E6CFA3", "Americas": "#C9DDB0", "Asia": "#E9C2B4", "Europe": "#BFCBE3", "Oceania": "#D8C4E0"}


def style_xml(gpkg, layer, ocean_file, pixel_scale):
    border_w = 1.0 * pixel_scale  # MapStyle::borderWidthPx, scaled like the export
    frame_w = 1.5 * pixel_scale   # MapStyle::frameWidthPx
    region_rules = "".join(
        '<Rule><Filter>[region] = \'%s\'</Filter><PolygonSymbolizer fill="%s"/></Rule>' % (name, colour)
        for name, colour in REGIONS.items())
    others = " and ".join("[region] != '%s'" % name for name in REGIONS)
    return f"""<Map srs="+proj=longlat +datum=WGS84 +no_defs" background-color="{BACKGROUND}">
  <Style name="ocean"><Rule><PolygonSymbolizer fill="{OCEAN}"/></Rule></Style>
  <Style name="land">{region_rules}<Rule><Filter>{others}</Filter><PolygonSymbolizer fill="{LAND}"/></Rule></Style>
  <Style name="borders"><Rule><LineSymbolizer stroke="{BORDER}" stroke-width="{border_w}"/></Rule></Style>
  <Style name="frame"><Rule><LineSymbolizer stroke="{FRAME}" stroke-width="{frame_w}"/></Rule></Style>
  <Layer name="ocean" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>ocean</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{ocean_file}</Parameter></Datasource></Layer>
  <Layer name="countries" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>land</StyleName><StyleName>borders</StyleName>
    <Datasource><Parameter name="type">ogr</Parameter><Parameter name="file">{gpkg}</Parameter>
      <Parameter name="layer">{layer}</Parameter></Datasource></Layer>
  <Layer name="frame" srs="+proj=longlat +datum=WGS84 +no_defs"><StyleName>frame</StyleName>
    <Datasource><Parameter name="type">geojson</Parameter><Parameter name="file">{ocean_file}</Parameter></Datasource></Layer>
</Map>"""


def main():
    gpkg, layer, out = sys.argv[1], sys.argv[2], sys.argv[3]
    width, height = int(sys.argv[4]), int(sys.argv[5])
    runs = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    # The export's view (src/render/headless_export.cpp): the world fitted with a margin of
    # 8 px x pixel scale, where pixel scale = max(1, min(w / 1920, h / 1080)).
    pixel_scale = max(1.0, min(width / 1920.0, height / 1080.0))
    margin = 8.0 * pixel_scale
    scale = min((width - 2 * margin) / 360.0, (height - 2 * margin) / 180.0)  # px per degree
    half_w, half_h = width / 2.0 / scale, height / 2.0 / scale
    with tempfile.TemporaryDirectory() as tmp:
        ocean = os.path.join(tmp, "ocean.geojson")
        with open(ocean, "w") as f:
            json.dump({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                       "geometry": {"type": "Polygon",
                                    "coordinates": [[[-180, -90], [180, -90], [180, 90], [-180, 90], [-180, -90]]]}}]}, f)
        m = mapnik.Map(width, height)
        mapnik.load_map_from_string(m, style_xml(gpkg, layer, ocean, pixel_scale))
        m.zoom_to_box(mapnik.Box2d(-half_w, -half_h, half_w, half_h))
        for _ in range(runs):
            t0 = time.perf_counter()
            mapnik.render_to_file(m, out, "png32")
            print("render_ms %.1f" % ((time.perf_counter() - t0) * 1000.0), flush=True)


if __name__ == "__main__":
    main()
