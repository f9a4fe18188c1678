import type { components } from './generated/types.ts';

export type Pet = components['schemas']['Pet'];
export type NewPet = components['schemas']['NewPet'];

/** The in-memory logic every petstore server under test runs, the framework's included. */
export interface PetStore {
  find(id: number): Pet | undefined;
  list(tags: string[] | undefined, limit: number | undefined): Pet[];
  add(pet: NewPet): Pet;
  remove(id: number): void;
}

export function seedPets(count: number): Pet[] {
  const tags = ['dog', 'cat', 'bird', 'fish'];
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `pet-${i + 1}`, tag: tags[i % tags.length]! }));
}

export function petStore(pets: Pet[]): PetStore {
  let nextId = pets.reduce((max, p) => Math.max(max, p.id), 0) + 1;
  return {
    find: (id) => pets.find((p) => p.id === id),
    list: (tags, limit) => {
      const tagged = tags ? pets.filter((p) => p.tag !== undefined && tags.includes(p.tag)) : pets;
      return tagged.slice(0, limit ?? tagged.length);
    },
    add: (pet) => {
      const created = { ...pet, id: nextId++ };
      pets.push(created);
      return created;
    },
    remove: (id) => {
      const index = pets.findIndex((p) => p.id === id);
      if (index >= 0) pets.splice(index, 1);
    },
  };
}
