using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class RouteStappen1En2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beleidskaders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Raadsbesluit = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VastgesteldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    VervangenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    GemeldeSignaleringen = table.Column<string>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beleidskaders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bijlagen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OnderwerpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Grootte = table.Column<long>(type: "INTEGER", nullable: false),
                    GeplaatstDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeplaatstOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijlagen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Rechtsvorm = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kvknummer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WijkIds = table.Column<string>(type: "TEXT", nullable: false),
                    PubliekeWaardeIds = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contact_Contactpersoon = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contact_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Contact_Telefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Contact_Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PubliekePlekken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebiedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Locatie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Adres = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Eigenaar = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BeheerdDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AvondsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Vergadercapaciteit = table.Column<int>(type: "INTEGER", nullable: true),
                    Huurregime = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PubliekePlekken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PubliekePlekken_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Sterkhouders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebiedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Domein = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToestemmingOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToestemmingWijze = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    IngetrokkenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sterkhouders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sterkhouders_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Wijkbeelden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GebiedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Cijferjaar = table.Column<int>(type: "INTEGER", nullable: true),
                    NieuwerCijferjaar = table.Column<int>(type: "INTEGER", nullable: true),
                    VolgendeBuurtTop = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HerinneringDagenVooraf = table.Column<int>(type: "INTEGER", nullable: false),
                    HerinnerdVoorBuurtTop = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DuidingKant = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GedeeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkbeelden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wijkbeelden_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beleidskaders_TenantId_Versie",
                table: "Beleidskaders",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bijlagen_TenantId_Onderwerp_OnderwerpId",
                table: "Bijlagen",
                columns: new[] { "TenantId", "Onderwerp", "OnderwerpId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_TenantId_Naam",
                table: "Organisaties",
                columns: new[] { "TenantId", "Naam" });

            migrationBuilder.CreateIndex(
                name: "IX_PubliekePlekken_GebiedId",
                table: "PubliekePlekken",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_PubliekePlekken_TenantId_GebiedId_Naam",
                table: "PubliekePlekken",
                columns: new[] { "TenantId", "GebiedId", "Naam" });

            migrationBuilder.CreateIndex(
                name: "IX_Sterkhouders_GebiedId",
                table: "Sterkhouders",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Sterkhouders_TenantId_GebiedId",
                table: "Sterkhouders",
                columns: new[] { "TenantId", "GebiedId" });

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbeelden_GebiedId",
                table: "Wijkbeelden",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbeelden_TenantId_GebiedId_Versie",
                table: "Wijkbeelden",
                columns: new[] { "TenantId", "GebiedId", "Versie" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beleidskaders");

            migrationBuilder.DropTable(
                name: "Bijlagen");

            migrationBuilder.DropTable(
                name: "Organisaties");

            migrationBuilder.DropTable(
                name: "PubliekePlekken");

            migrationBuilder.DropTable(
                name: "Sterkhouders");

            migrationBuilder.DropTable(
                name: "Wijkbeelden");
        }
    }
}
