using FluentValidation;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.AdoptBeleidskader;

public sealed class AdoptBeleidskaderValidator : AbstractValidator<AdoptBeleidskaderCommand>
{
    public AdoptBeleidskaderValidator() => this.AddRaadsbesluitRules();
}
