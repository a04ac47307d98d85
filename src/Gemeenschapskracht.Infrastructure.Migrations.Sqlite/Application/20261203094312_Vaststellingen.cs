using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Vaststellingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InSteekproef",
                table: "Beschikkingen",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "KaderVersie",
                table: "Beschikkingen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Niveau",
                table: "Beschikkingen",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VaststellingId",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VerslagUiterlijk",
                table: "Beschikkingen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Steekproeven",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Zaad = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Procent = table.Column<int>(type: "INTEGER", nullable: false),
                    KaderVersie = table.Column<int>(type: "INTEGER", nullable: false),
                    Populatie = table.Column<string>(type: "TEXT", nullable: false),
                    Getrokken = table.Column<string>(type: "TEXT", nullable: false),
                    GetrokkenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Steekproeven", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vaststellingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VerleendBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    VastgesteldBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    BetaaldeVoorschotten = table.Column<long>(type: "INTEGER", nullable: false),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Saldo = table.Column<long>(type: "INTEGER", nullable: false),
                    BetalenUiterlijk = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ambtshalve = table.Column<bool>(type: "INTEGER", nullable: false),
                    GenomenOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vaststellingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vaststellingen_Beschikkingen_BeschikkingId",
                        column: x => x.BeschikkingId,
                        principalTable: "Beschikkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Verantwoordingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeschikkingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Niveau = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Activiteitenverslag = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    GerealiseerdeKosten = table.Column<long>(type: "INTEGER", nullable: true),
                    FinancieelVerslag = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Accountantsverklaring = table.Column<bool>(type: "INTEGER", nullable: false),
                    IngediendOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verantwoordingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Verantwoordingen_Beschikkingen_BeschikkingId",
                        column: x => x.BeschikkingId,
                        principalTable: "Beschikkingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Verantwoordingskaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    ZonderVerslagTot = table.Column<long>(type: "INTEGER", nullable: false),
                    ActiviteitenverslagTot = table.Column<long>(type: "INTEGER", nullable: false),
                    SteekproefProcent = table.Column<int>(type: "INTEGER", nullable: false),
                    VastgesteldOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verantwoordingskaders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Steekproeven_TenantId_Jaar",
                table: "Steekproeven",
                columns: new[] { "TenantId", "Jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vaststellingen_BeschikkingId",
                table: "Vaststellingen",
                column: "BeschikkingId");

            migrationBuilder.CreateIndex(
                name: "IX_Vaststellingen_TenantId_BeschikkingId",
                table: "Vaststellingen",
                columns: new[] { "TenantId", "BeschikkingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vaststellingen_TenantId_Kenmerk",
                table: "Vaststellingen",
                columns: new[] { "TenantId", "Kenmerk" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verantwoordingen_BeschikkingId",
                table: "Verantwoordingen",
                column: "BeschikkingId");

            migrationBuilder.CreateIndex(
                name: "IX_Verantwoordingen_TenantId_BeschikkingId",
                table: "Verantwoordingen",
                columns: new[] { "TenantId", "BeschikkingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verantwoordingskaders_TenantId_Versie",
                table: "Verantwoordingskaders",
                columns: new[] { "TenantId", "Versie" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Steekproeven");

            migrationBuilder.DropTable(
                name: "Vaststellingen");

            migrationBuilder.DropTable(
                name: "Verantwoordingen");

            migrationBuilder.DropTable(
                name: "Verantwoordingskaders");

            migrationBuilder.DropColumn(
                name: "InSteekproef",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "KaderVersie",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "Niveau",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "VaststellingId",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "VerslagUiterlijk",
                table: "Beschikkingen");
        }
    }
}
