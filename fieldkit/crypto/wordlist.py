"""Plain English words for suggested passphrases (short, common, easy to type and spell)."""

from __future__ import annotations

_WORDS = """
able acid acorn actor adapt agent alarm album alert alley almond alpine amber amend
angle ankle apple april apron arena argue armor arrow atlas attic audio autumn avocado
bacon badge bagel baker bamboo banjo barley barn basil basket beach beacon beaver bench
berry bicycle birch biscuit blanket blossom boat bonnet border bottle bounce bracket brave
bread breeze brick bridge brook broom bucket buffalo bugle bundle butter button cabin
cactus camel candle canoe canvas canyon captain carbon carpet carrot castle cedar cello
chalk channel cherry chess chimney circle citrus clay cliff clock cloud clover coach
cobalt cocoa comet copper coral cotton cousin cradle crane crayon credit cricket crown
crystal cube cupboard curtain cushion dairy daisy dance delta desert diamond dinner
dolphin donkey dragon drawer dream drift drum eagle easel echo elbow elder ember engine
envelope equal error estate evening fabric falcon feather fence fern ferry fiddle field
finch flag flame flannel flute forest fossil fountain fox frost galaxy garden garlic
gazelle gecko ginger glacier glove goblet gravel guitar gutter habit hammer harbor harvest
hazel helmet herald heron hickory hollow honey horizon hotel island ivory jacket jaguar
jasmine jelly jewel jigsaw journal jungle kayak kettle kernel kitten ladder lagoon lantern
laptop lemon lentil letter lilac limber linen lobster locket lotus lumber magnet mango
maple marble meadow melon mirror mitten monsoon mosaic mountain muffin museum napkin
nectar needle nickel noodle normal nutmeg oasis object ocean olive onion orange orbit
orchid otter oyster paddle palace panda paper parcel parrot pasta peach pebble pelican
pencil pepper piano pickle pigeon pillow pilot planet plaza plum pocket polar pony poppy
potato prairie pretzel puzzle quarry quartz quill rabbit radar radish raft rainbow raisin
raven ribbon river robin rocket rubber saddle saffron salmon sandal satin saucer scarf
season shadow shelf shovel silver sketch sled slipper socket spider spinach sponge spruce
squash squirrel stable stamp staple statue sugar summit sunset swallow sweater table
tablet tandem teapot temple thistle thunder ticket tiger timber toast tomato topaz
tractor trumpet tulip tunnel turnip turtle umbrella valley velvet violin volcano wagon
walnut walrus warden water weasel whale wheat whistle willow window winter wizard wombat
yogurt zebra zipper acre anchor antler arch aspen ballet banner barrel bison blade bloom
bolt breadth bubble cargo cavern chapel cider clam cobra condor crater crumb dagger dune
emerald fable fiber flint forge garnet geyser glade granite grove harp hatch heather
hinge igloo iris jade kiln knot lark ledge lily loom lynx marsh mesa mint moose moth
nebula oak opal orchard osprey parsley pine plover pulley quiver reed ridge sage scroll
shale sparrow stream swan thyme tide torch tundra vault vine wave wren yarrow
"""

WORDS: tuple[str, ...] = tuple(dict.fromkeys(_WORDS.split()))
