using FluentValidation;
using Gemeenschapskracht.Application.Common.Raadsbesluiten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Commands.AdoptBudgetmethodiek;

public sealed class AdoptBudgetmethodiekValidator : AbstractValidator<AdoptBudgetmethodiekCommand>
{
    public AdoptBudgetmethodiekValidator() => this.AddRaadsbesluitRules();
}
